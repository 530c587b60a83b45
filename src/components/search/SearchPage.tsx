import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type SubmitEvent } from 'react';
import indexUrl from '../../generated/search-index.json?url';
import { resultsMessage, SEARCH_MESSAGES } from '../../lib/search/messages.ts';
import { SERVER_RESULTS_ID } from '../../lib/search/server-page.ts';
import { SearchResults } from './SearchResults.tsx';
import { useSearchIndex } from './useSearchIndex.ts';
// Last, so the bundle puts them beside this component, whose words they share: it gzips smaller.
import { A_TO_Z_LINK } from './AToZLink.tsx';
import { SEARCH_BOX_ID, SearchForm } from './SearchForm.tsx';
import { SearchStatus } from './SearchStatus.tsx';
import './search.css';
import { ukToday } from '../../lib/calendar-date.ts';

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
  const pageRef = useRef<HTMLDivElement>(null);

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
        ? index.searcher.search(searched.text, {
            today: ukToday(),
            limit: MAX_RESULTS,
            stillTyping: searched.stillTyping,
          })
        : [],
    [index, searched],
  );

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearched({ text: typed, stillTyping: false });
  };
  // Arrow keys move from the search box down through the results' links and back up, one handler for
  // both, so the form and the list stay plain markup the page answered on the server shares. Enter
  // follows a link as it always does.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const down = event.key === 'ArrowDown';
    if (!down && event.key !== 'ArrowUp') return;
    const page = pageRef.current;
    const links = [...(page?.querySelectorAll<HTMLElement>('.search-results a[href]') ?? [])];
    const stops = [document.getElementById(SEARCH_BOX_ID), ...links];
    const at = stops.indexOf(event.target as HTMLElement);
    if (at === -1 || links.length === 0 || (at === 0 && !down)) return;
    event.preventDefault();
    stops[down ? Math.min(at + 1, links.length) : at - 1]?.focus();
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
    <div className="search-page" ref={pageRef} onKeyDown={onKeyDown}>
      {ready && <SearchForm query={typed} onQueryChange={setTyped} onSubmit={onSubmit} />}
      {index.kind !== 'idle' && !(serverRendered && !ready) && <SearchStatus message={status} />}
      {ready ? (
        <>
          {results.length > 0 && <SearchResults results={results} />}
          {hasQuery && results.length === 0 && A_TO_Z_LINK}
        </>
      ) : (
        children
      )}
    </div>
  );
}
