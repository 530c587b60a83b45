import { html, type SafeHtml } from '../web/html.ts';
import { shellResponse, type ShellFill } from '../web/page-shell.ts';
import { API_MESSAGES, SHORT_CACHE, type RegisterLog } from './api.ts';
import { errorSummaryHtml, memberFormHtml, searchFormHtml, type FormErrors, type FormValues } from './forms-html.ts';
import { memberKey } from './member-id.ts';
import { findMember, searchRegister, type RegisterDb } from './register-db.ts';
import { memberResultHtml, searchResultsHtml } from './results-html.ts';
import { parseTraderSearch } from './search-query.ts';
import { ukToday } from '../calendar-date.ts';
import { CHECK_PATH, countSentence, UNAVAILABLE } from './wording.ts';

/**
 * GET /check-a-trader/results/?… — the trader check without JavaScript. The forms on /check-a-trader/
 * are GET forms sent here; the answer is a full page: the build-time shell (the site's layout, built by
 * Astro) with the results, or the forms again with their errors, filled in. `?member=` checks a
 * membership number; `q`, `trade`, `postcode` (and `page`, `status`) search. Links here are what
 * "share this result" gives, so they must work for anyone.
 */

export interface ResultsPageDeps {
  db: RegisterDb;
  /** The built shell page (page-shell.ts loadShell, bound to ASSETS and the request). */
  loadShell: () => Promise<string>;
  now?: Date;
  log?: RegisterLog;
}

const SEARCH_KEYS = ['q', 'trade', 'postcode', 'page', 'status'];
const title = (text: string) => `${text} – Check a trader`;

function page(deps: ResultsPageDeps, status: number, fill: ShellFill): Promise<Response> {
  const cache = status === 503 ? { 'Cache-Control': 'no-store' } : SHORT_CACHE;
  return shellResponse(deps.loadShell, fill, {
    status,
    headers: cache,
    onShellMissing: () => deps.log?.('traders.shell_missing'),
  });
}

function forms(values: FormValues, errors: FormErrors = {}): SafeHtml {
  return html`<div class="trader-forms">${searchFormHtml(values, errors)}${memberFormHtml(values, errors)}</div>`;
}

function problemPage(deps: ResultsPageDeps, status: number, values: FormValues, errors: FormErrors, problem?: string) {
  const main = html`<h1>Check a trader</h1>
    ${errorSummaryHtml(errors, problem)}${forms(values, errors)}`;
  return page(deps, status, { title: `Error: ${title('Search')}`, main });
}

async function memberPage(params: URLSearchParams, deps: ResultsPageDeps): Promise<Response> {
  const typed = (params.get('member') ?? '').trim().slice(0, 64);
  const values = { member: typed };
  const key = memberKey(typed);
  if (key === null) return problemPage(deps, 400, values, { member: API_MESSAGES.memberInvalid });
  const { trader, register } = await findMember(deps.db, key, ukToday(deps.now));
  const main = html`<h1>Membership number ${trader?.memberId ?? typed}</h1>
    ${memberResultHtml(typed, trader, register.sample)}
    <h2>Check again</h2>
    ${forms(values)}`;
  return page(deps, trader ? 200 : 404, { title: title(`Membership number ${trader?.memberId ?? typed}`), main });
}

async function searchPage(params: URLSearchParams, deps: ResultsPageDeps): Promise<Response> {
  const values = { q: params.get('q'), trade: params.get('trade'), postcode: params.get('postcode') };
  const parsed = parseTraderSearch(params);
  if (!parsed.ok) {
    const { q, trade, postcode, ...others } = parsed.fields;
    const problem = Object.values(others)[0];
    return problemPage(deps, 400, values, { q, trade, postcode } as FormErrors, problem);
  }
  const answer = await searchRegister(deps.db, parsed.search, ukToday(deps.now));
  const count = countSentence(answer.total, answer.query.status === 'all');
  const main = html`<h1>Check a trader</h1>
    ${searchResultsHtml(answer)}
    <h2>Search again</h2>
    ${forms(values)}`;
  return page(deps, 200, { title: title(count), main });
}

export async function traderResultsPage(url: URL, deps: ResultsPageDeps): Promise<Response> {
  const params = url.searchParams;
  const isMember = params.has('member');
  if (!isMember && !SEARCH_KEYS.some((k) => params.has(k))) {
    return new Response(null, { status: 303, headers: { Location: CHECK_PATH, 'Cache-Control': 'no-store' } });
  }
  try {
    return await (isMember ? memberPage(params, deps) : searchPage(params, deps));
  } catch (error) {
    deps.log?.(`traders.db_error.${error instanceof Error ? error.name : 'unknown'}`);
    const main = html`<h1>Check a trader</h1>
      ${errorSummaryHtml({}, UNAVAILABLE)}${forms({})}`;
    return page(deps, 503, { title: `Error: ${title('Search')}`, main });
  }
}
