import { renderToStaticMarkup } from 'react-dom/server.edge';
import { A_TO_Z_LINK } from '../components/search/AToZLink.tsx';
import { SearchForm } from '../components/search/SearchForm.tsx';
import { SearchResults } from '../components/search/SearchResults.tsx';
import { SearchStatus } from '../components/search/SearchStatus.tsx';
import { resultsMessage } from '../lib/search/messages.ts';
import type { SearchResult } from '../lib/search/search.ts';
import { SERVER_RESULTS_ID } from '../lib/search/server-page.ts';
import { SafeHtml } from '../lib/web/html.ts';

/**
 * The results for `/search/?q=WORDS` without JavaScript: the island's own form, status line and results
 * list (src/components/search), rendered to static HTML, so when the island takes over it renders the
 * very same markup in the same place and nothing on the screen moves (tests/unit/search-parity.test.ts).
 */
export function searchResultsMarkup(query: string, results: readonly SearchResult[]): SafeHtml {
  return new SafeHtml(
    renderToStaticMarkup(
      <div id={SERVER_RESULTS_ID}>
        <SearchForm query={query} />
        <SearchStatus message={resultsMessage(results.length, query)} />
        {results.length > 0 ? <SearchResults results={results} /> : A_TO_Z_LINK}
      </div>,
    ),
  );
}
