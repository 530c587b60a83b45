import type { KeyboardEvent, RefObject } from 'react';
import type { SearchResult } from '../../lib/search/search.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  results: readonly SearchResult[];
  listRef: RefObject<HTMLOListElement | null>;
  /** Called on arrow up from the first result: the page moves focus back to the search box. */
  onLeaveTop: () => void;
}

/** The links in the list, in order. */
export function resultLinks(list: HTMLOListElement | null): HTMLAnchorElement[] {
  return list ? [...list.querySelectorAll<HTMLAnchorElement>('a[href]')] : [];
}

/**
 * The results, best first: each a link titled as the page it leads to, with its summary. Arrow keys move
 * between the links; Enter follows a link as it always does.
 */
export function SearchResults({ results, listRef, onLeaveTop }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks(listRef.current);
    const at = links.findIndex((link) => link === document.activeElement);
    if (at === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at === 0) onLeaveTop();
    else links[at - 1]?.focus();
  };
  return (
    <ol className="search-results" aria-label="Search results" ref={listRef} onKeyDown={onKeyDown}>
      {results.map((result) => (
        <li key={result.url}>
          <a href={result.url}>
            <Highlighted text={result.title} matched={result.matched} />
          </a>
          <p>
            <Highlighted text={result.summary} matched={result.matched} />
          </p>
        </li>
      ))}
    </ol>
  );
}
