import { html, type SafeHtml } from '../web/html.ts';
import { highlightParts } from './highlight.ts';
import { resultsMessage } from './messages.ts';
import type { SearchResult } from './search.ts';

/**
 * The search page answered on the server, for `/search/?q=WORDS` without JavaScript (and before the island
 * has loaded). The markup is the island's own — the same form, status line and ordered list labelled
 * "Search results", with the same classes — so when the island takes over nothing on the screen moves.
 * It replaces the A to Z between the markers search.astro puts around the fallback.
 */
export const FALLBACK_START = '<!--search:fallback-->';
export const FALLBACK_END = '<!--/search:fallback-->';
/** Marks the page as answered on the server, so the island shows these results while its index loads. */
export const SERVER_RESULTS_ID = 'search-server-results';

function highlighted(text: string, matched: readonly string[]): SafeHtml[] {
  return highlightParts(text, matched).map((part) =>
    part.match ? html`<mark>${part.text}</mark>` : html`${part.text}`,
  );
}

export function searchResultsHtml(query: string, results: readonly SearchResult[]): SafeHtml {
  const list = results.map(
    (r) =>
      html`<li>
        <a href="${r.url}">${highlighted(r.title, r.matched)}</a>
        <p>${highlighted(r.summary, r.matched)}</p>
      </li>`,
  );
  return html`<div id="${SERVER_RESULTS_ID}">
    <form class="search-page__form" role="search" action="/search/" method="get">
      <label for="search-page-q">Search for advice</label>
      <p class="hint" id="search-page-hint">
        Say what happened in your own words, for example “man at door says roof is loose”.
      </p>
      <div class="search-page__row">
        <input
          id="search-page-q"
          type="search"
          name="q"
          value="${query}"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="search-page-hint"
        /><button type="submit">Search</button>
      </div>
    </form>
    <p class="search-page__status" role="status" aria-live="polite">${resultsMessage(results.length, query)}</p>
    ${
      results.length > 0
        ? html`<ol class="search-results" aria-label="Search results">
            ${list}
          </ol>`
        : html`<p><a href="/advice/">See every advice page from A to Z</a></p>`
    }
  </div>`;
}

/** The built /search/ page with its A to Z replaced by the results; the page as it was if it has no markers. */
export function fillSearchPage(page: string, query: string, results: readonly SearchResult[]): string {
  const start = page.indexOf(FALLBACK_START);
  const end = page.indexOf(FALLBACK_END);
  if (start === -1 || end < start) return page;
  return page.slice(0, start) + searchResultsHtml(query, results).value + page.slice(end + FALLBACK_END.length);
}
