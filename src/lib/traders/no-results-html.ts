import { html, type SafeHtml } from '../web/html.ts';
import { searchResultsHref } from './links.ts';
import { NO_RESULTS, showingResultsFor } from './search-wording.ts';
import type { SearchResponse } from './trader-result.ts';

/**
 * The no-JavaScript page's "Showing results for …" line and its no-results advice, mirroring the
 * island's ShowingFor and NoResults (components/traders/NoResults.tsx): same words, same classes.
 */

export function showingForHtml(query: SearchResponse['query']): SafeHtml | '' {
  const text = showingResultsFor(query);
  return text ? html`<p class="trader-results__showing">${text}</p>` : '';
}

export function noResultsHtml(answer: SearchResponse): SafeHtml {
  const { query, suggestions } = answer;
  return html`<div class="trader-results__none">
    ${query.place && !query.place.found ? html`<p>${NO_RESULTS.placeUnknown(query.place.typed)}</p>` : ''}
    <p>${NO_RESULTS.notMeaning}</p>
    ${
      suggestions.length
        ? html`<h3>${NO_RESULTS.suggestionsHeading}</h3>
            <ul class="list">
              ${suggestions.map(
                (s) => html`<li><a href="${searchResultsHref({ ...s, status: query.status })}">${s.text}</a></li>`,
              )}
            </ul>`
        : ''
    }
    <h3>${NO_RESULTS.otherWaysHeading}</h3>
    <ul class="list">
      ${NO_RESULTS.otherWays.map((w) => html`<li>${w}</li>`)}
    </ul>
    <p><strong>${NO_RESULTS.neverDoorstep}</strong></p>
  </div>`;
}
