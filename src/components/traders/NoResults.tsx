import { searchResultsHref } from '../../lib/traders/links.ts';
import { NO_RESULTS, showingResultsFor } from '../../lib/traders/search-wording.ts';
import type { SearchResponse } from '../../lib/traders/trader-result.ts';

/** "Showing results for …" when a criterion was corrected. */
export function ShowingFor({ query }: { query: SearchResponse['query'] }) {
  const text = showingResultsFor(query);
  return text ? <p className="trader-results__showing">{text}</p> : null;
}

type Suggestion = SearchResponse['suggestions'][number];

/**
 * What to do when nobody matched: what was not understood, other searches, other ways to check. The
 * suggestions are links to the results page; the island, given `onSuggest`, answers them in place.
 */
export function NoResults({
  answer,
  onSuggest,
}: {
  answer: SearchResponse;
  onSuggest?: ((s: Suggestion) => void) | undefined;
}) {
  const { query, suggestions } = answer;
  return (
    <div className="trader-results__none">
      {query.place && !query.place.found && <p>{NO_RESULTS.placeUnknown(query.place.typed)}</p>}
      <p>{NO_RESULTS.notMeaning}</p>
      {suggestions.length > 0 && (
        <>
          <h3>{NO_RESULTS.suggestionsHeading}</h3>
          <ul className="list">
            {suggestions.map((s) => (
              <li key={s.text}>
                <a
                  href={searchResultsHref({ ...s, status: query.status })}
                  onClick={
                    onSuggest &&
                    ((event) => {
                      event.preventDefault();
                      onSuggest(s);
                    })
                  }
                >
                  {s.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{NO_RESULTS.otherWaysHeading}</h3>
      <ul className="list">
        {NO_RESULTS.otherWays.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <p>
        <strong>{NO_RESULTS.neverDoorstep}</strong>
      </p>
    </div>
  );
}
