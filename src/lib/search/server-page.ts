import type { SafeHtml } from '../web/html.ts';

/**
 * The search page answered on the server, for `/search/?q=WORDS` without JavaScript (and before the island
 * has loaded): the results, rendered from the island's own components (src/render/search-page.tsx), take
 * the place of the A to Z between the markers search.astro puts around the fallback. Only the markers and
 * the splice are here, so the island can read SERVER_RESULTS_ID without pulling in React's server renderer.
 */
export const FALLBACK_START = '<!--search:fallback-->';
export const FALLBACK_END = '<!--/search:fallback-->';
/** Marks the page as answered on the server, so the island shows these results while its index loads. */
export const SERVER_RESULTS_ID = 'search-server-results';

/** The built /search/ page with its A to Z replaced by `results`; the page as it was if it has no markers. */
export function fillSearchPage(page: string, results: SafeHtml): string {
  const start = page.indexOf(FALLBACK_START);
  const end = page.indexOf(FALLBACK_END);
  if (start === -1 || end < start) return page;
  return page.slice(0, start) + results.value + page.slice(end + FALLBACK_END.length);
}
