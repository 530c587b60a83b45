import { numberWithHoursHtml } from '../contacts/html.ts';
import { telHref } from '../contacts/contacts.ts';
import { html, type SafeHtml } from '../web/html.ts';
import { memberResultHref, searchResultsHref } from './links.ts';
import { noResultsHtml, showingForHtml } from './no-results-html.ts';
import { placeText } from './search-wording.ts';
import { PAGE_SIZE } from './search-query.ts';
import type { SearchResponse, TraderResult } from './trader-result.ts';
import {
  CALL_SAFELY,
  countSentence,
  MEMBER_NOT_FOUND,
  MEMBER_NOT_FOUND_HINT,
  NOT_LISTED,
  SAMPLE_NOTICE,
  searchPhrase,
  STATUS_TAG,
  statusSentence,
} from './wording.ts';

/**
 * Results as HTML for the no-JavaScript pages, mirroring the island's TraderCard and results list (same
 * words from wording.ts, same classes). Every value from the register or the URL goes through `html`,
 * which escapes it.
 */

export function sampleNoticeHtml(sample: boolean): SafeHtml | '' {
  return sample
    ? html`<div class="warning trader-sample" role="note">
        <span class="warning__icon" aria-hidden="true">!</span>
        <p><span class="visually-hidden">Warning: </span>${SAMPLE_NOTICE}</p>
      </div>`
    : '';
}

export function notListedHtml(): SafeHtml {
  return html`<section class="callout callout--action" aria-labelledby="not-listed-heading">
    <h2 id="not-listed-heading">${NOT_LISTED.heading}</h2>
    <p>${NOT_LISTED.text} ${numberWithHoursHtml(NOT_LISTED.contact)}.</p>
  </section>`;
}

function row(term: string, value: SafeHtml | string): SafeHtml {
  return html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

export function traderCardHtml(trader: TraderResult, headingLevel: 'h2' | 'h3' = 'h3'): SafeHtml {
  const heading =
    headingLevel === 'h2'
      ? html`<h2 class="trader-card__name">${trader.name}</h2>`
      : html`<h3 class="trader-card__name">${trader.name}</h3>`;
  return html`<article class="trader-card trader-card--${trader.status}">
    ${heading}
    <p class="trader-card__status">
      <strong class="tag tag--${trader.status}">${STATUS_TAG[trader.status]}</strong>
      ${statusSentence(trader.status, trader.expiresOn)}
    </p>
    <dl class="summary-list trader-card__details">
      ${row('Membership number', trader.memberId)} ${row('Trades', trader.trades.join(', '))}
      ${row('Areas covered', trader.areas.join(', '))} ${row('Based in', trader.town)}
      ${row('Phone', html`<a href="${telHref(trader.phone)}">${trader.phone}</a>`)}
      ${trader.email ? row('Email', html`<a href="mailto:${trader.email}">${trader.email}</a>`) : ''}
      ${trader.website ? row('Website', html`<a href="${trader.website}" rel="external noopener noreferrer">${trader.website}</a>`) : ''}
    </dl>
    <p class="trader-card__share">
      <a href="${memberResultHref(trader.memberId)}"
        >Share this result<span class="visually-hidden"> for ${trader.name}</span></a
      >
    </p>
  </article>`;
}

export function searchResultsHtml(answer: SearchResponse): SafeHtml {
  const { query, total, results } = answer;
  const phrase = searchPhrase({ q: query.q, trade: query.tradeLabel ?? query.trade, postcode: placeText(query) });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = { q: query.q, trade: query.trade, postcode: query.place?.typed ?? query.postcode, status: query.status };
  const first = (query.page - 1) * PAGE_SIZE + 1;
  const showing =
    total > PAGE_SIZE && results.length > 0
      ? html`<p>Showing ${first} to ${first + results.length - 1} of ${total.toLocaleString('en-GB')}.</p>`
      : '';
  const nav =
    pages > 1
      ? html`<nav class="trader-pages" aria-label="Results pages">
          <ul>
            ${query.page > 1 ? html`<li><a href="${searchResultsHref({ ...link, page: query.page - 1 })}" rel="prev">Previous page</a></li>` : ''}
            <li>Page ${query.page} of ${pages}</li>
            ${query.page < pages ? html`<li><a href="${searchResultsHref({ ...link, page: query.page + 1 })}" rel="next">Next page</a></li>` : ''}
          </ul>
        </nav>`
      : '';
  return html`<section class="trader-results" aria-labelledby="results-heading">
    ${sampleNoticeHtml(answer.register.sample)}
    <h2 id="results-heading">${countSentence(total, query.status === 'all')}</h2>
    ${phrase ? html`<p class="lead">${phrase}.</p>` : ''} ${showingForHtml(query)} ${showing}
    ${total === 0 ? noResultsHtml(answer) : ''} ${results.length ? html`<p>${CALL_SAFELY}</p>` : ''}
    ${
      results.length
        ? html`<ol class="trader-list">
            ${results.map((t) => html`<li>${traderCardHtml(t)}</li>`)}
          </ol>`
        : ''
    }
    ${nav}
    <p class="trader-results__share">
      <a href="${searchResultsHref({ ...link, page: query.page })}">Share these results</a>
    </p>
    ${notListedHtml()}
  </section>`;
}

export function memberResultHtml(typed: string, trader: TraderResult | null, sample: boolean): SafeHtml {
  const body = trader
    ? html`<p>${CALL_SAFELY}</p>
        ${traderCardHtml(trader, 'h2')}`
    : html`<h2>${MEMBER_NOT_FOUND(typed)}</h2>
        <p>${MEMBER_NOT_FOUND_HINT}</p>`;
  return html`<section class="trader-results" aria-label="Membership number check">
    ${sampleNoticeHtml(sample)} ${body} ${trader?.status === 'approved' ? '' : notListedHtml()}
  </section>`;
}
