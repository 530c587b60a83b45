import type { SearchResult } from '../../lib/search/search.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  results: readonly SearchResult[];
}

/**
 * The results, best first: each a link titled as the page it leads to, with its summary, and for an alert
 * whether it is current on the day searched ("Past alert, ended …"). Only markup, so
 * the island and the page answered on the server render the same list; the island's arrow keys are
 * handled by the page around it (SearchPage).
 */
export function SearchResults({ results }: Props) {
  return (
    <ol className="search-results" aria-label="Search results">
      {results.map((result) => (
        <li key={result.url}>
          <a href={result.url}>
            <Highlighted text={result.title} matched={result.matched} />
          </a>
          {result.alert && (
            <p className={`search-results__alert search-results__alert--${result.alert.state}`}>{result.alert.text}</p>
          )}
          <p>
            <Highlighted text={result.summary} matched={result.matched} />
          </p>
        </li>
      ))}
    </ol>
  );
}
