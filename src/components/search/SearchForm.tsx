import type { SubmitEvent } from 'react';

interface Props {
  /** The words in the box. */
  query: string;
  /** Told of each change, in the island (the page answered on the server has no script to run it). */
  onQueryChange?: ((query: string) => void) | undefined;
  onSubmit?: ((event: SubmitEvent<HTMLFormElement>) => void) | undefined;
}

/** The box's id: the label's target, and where the island's arrow keys come back to. */
export const SEARCH_BOX_ID = 'search-page-q';

/**
 * The search page's own box: a plain GET form to /search/, so it works without JavaScript. The island
 * and the page answered on the server both render this, so nothing moves when the island takes over.
 */
export function SearchForm({ query, onQueryChange, onSubmit }: Props) {
  return (
    <form className="search-page__form" role="search" action="/search/" method="get" onSubmit={onSubmit}>
      <label htmlFor={SEARCH_BOX_ID}>Search for advice</label>
      <p className="hint" id="search-page-hint">
        Say what happened in your own words, for example “man at door says roof is loose”.
      </p>
      <div className="search-page__row">
        <input
          id={SEARCH_BOX_ID}
          type="search"
          name="q"
          // Uncontrolled on both paths: only the resident changes the words (the island never sets them),
          // so the browser keeps them, and the island's code stays as small as it was.
          defaultValue={query}
          onChange={
            onQueryChange &&
            ((event) => {
              onQueryChange(event.target.value);
            })
          }
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="search-page-hint"
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
