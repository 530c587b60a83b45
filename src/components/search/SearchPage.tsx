import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type SubmitEvent } from 'react';
import indexUrl from '../../generated/search-index.json?url';
import { resultsMessage, SEARCH_MESSAGES } from '../../lib/search/messages.ts';
import { SERVER_RESULTS_ID } from '../../lib/search/server-page.ts';
import { resultLinks, SearchResults } from './SearchResults.tsx';
import { useSearchIndex } from './useSearchIndex.ts';
import './search.css';

/** How long typing must pause before results update: quick enough to feel live, slow enough for old phones. */
const DEBOUNCE_MS = 200;
/** Every result is shown (the search already drops weak ones), so the count in the status is the truth. */
const MAX_RESULTS = Number.POSITIVE_INFINITY;

interface Props {
  /** The no-JavaScript fallback (the A to Z), shown until the index has loaded and again if it fails. */
  children?: ReactNode;
}

interface Searched {
  text: string;
  /** True while typing: the last word may be half a word, so it also matches as a prefix. */
  stillTyping: boolean;
}

function queryFromAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** The search page island: reads ?q=, searches as you type, and keeps ?q= in step for back and reload. */
export default function SearchPage({ children }: Props) {
  const index = useSearchIndex(indexUrl);
  // Safe to read the address while rendering: until the index is ready the island renders only the
  // fallback, the same on the server (no window, so '') and in the browser, so hydration still matches.
  const [initial] = useState(() => (typeof window === 'undefined' ? '' : queryFromAddress()));
  // The Worker answered ?q= with results already (same markup as ours): keep showing them, with no
  // loading line above them, until ours are ready — then ours take their place without moving.
  const [serverRendered] = useState(
    () => typeof document !== 'undefined' && document.getElementById(SERVER_RESULTS_ID) !== null,
  );
  const [typed, setTyped] = useState(initial);
  const [searched, setSearched] = useState<Searched>({ text: initial, stillTyping: false });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (typed === searched.text) return;
    const timer = setTimeout(() => {
      setSearched({ text: typed, stillTyping: !/\s$/.test(typed) });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [typed, searched.text]);

  useEffect(() => {
    const url = new URL(window.location.href);
    const q = searched.text.trim();
    if (q === (url.searchParams.get('q') ?? '')) return;
    if (q === '') url.searchParams.delete('q');
    else url.searchParams.set('q', q);
    window.history.replaceState(window.history.state, '', url);
  }, [searched.text]);

  const results = useMemo(
    () =>
      index.kind === 'ready' && searched.text.trim() !== ''
        ? index.searcher.search(searched.text, { limit: MAX_RESULTS, stillTyping: searched.stillTyping })
        : [],
    [index, searched],
  );

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearched({ text: typed, stillTyping: false });
  };
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks(listRef.current)[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  };

  const ready = index.kind === 'ready';
  const hasQuery = searched.text.trim() !== '';
  const status =
    index.kind === 'loading'
      ? SEARCH_MESSAGES.loading
      : index.kind === 'failed'
        ? SEARCH_MESSAGES.failed
        : hasQuery
          ? resultsMessage(results.length, searched.text)
          : SEARCH_MESSAGES.ready;

  return (
    <div className="search-page">
      {ready && (
        <form className="search-page__form" role="search" action="/search/" method="get" onSubmit={onSubmit}>
          <label htmlFor="search-page-q">Search for advice</label>
          <p className="hint" id="search-page-hint">
            Say what happened in your own words, for example “man at door says roof is loose”.
          </p>
          <div className="search-page__row">
            <input
              id="search-page-q"
              ref={inputRef}
              type="search"
              name="q"
              value={typed}
              autoComplete="off"
              enterKeyHint="search"
              aria-describedby="search-page-hint"
              onChange={(event) => {
                setTyped(event.target.value);
              }}
              onKeyDown={onInputKeyDown}
            />
            <button type="submit">Search</button>
          </div>
        </form>
      )}
      {index.kind !== 'idle' && !(serverRendered && !ready) && (
        <p className="search-page__status" role="status" aria-live="polite">
          {status}
        </p>
      )}
      {ready ? (
        <>
          {results.length > 0 && (
            <SearchResults results={results} listRef={listRef} onLeaveTop={() => inputRef.current?.focus()} />
          )}
          {hasQuery && results.length === 0 && (
            <p>
              <a href="/advice/">See every advice page from A to Z</a>
            </p>
          )}
        </>
      ) : (
        children
      )}
    </div>
  );
}
