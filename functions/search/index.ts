import indexData from '../../src/generated/search-index.json';
import { dayCacheControl } from '../../src/lib/alerts/cache.ts';
import { ukToday } from '../../src/lib/calendar-date.ts';
import { loadSearch, type Searcher } from '../../src/lib/search/search.ts';
import { fillSearchPage } from '../../src/lib/search/server-page.ts';
import { searchResultsMarkup } from '../../src/render/search-page.tsx';

// Loaded once per isolate: the same index file the island fetches, built by support/build-search-index.ts.
let searcher: Searcher | undefined;

/**
 * GET /search/?q=WORDS — the search page with its results found here, by the same src/lib/search and index
 * as the island, so the header's search box works on any phone. Without words it is the static page.
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const url = new URL(request.url);
  const query = url.searchParams.get('q')?.trim() ?? '';
  if (query === '' || !url.pathname.endsWith('/')) return env.ASSETS.fetch(request);
  const page = await env.ASSETS.fetch(new Request(new URL('/search/', url)));
  if (!page.ok) return page;
  searcher ??= loadSearch(indexData);
  // Whether an alert found is current is decided for today in the UK, as the island decides it.
  const results = searcher.search(query, { today: ukToday(), limit: Number.POSITIVE_INFINITY });
  return new Response(fillSearchPage(await page.text(), searchResultsMarkup(query, results)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': dayCacheControl(new Date(), false) },
  });
};
