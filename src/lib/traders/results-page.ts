import { ukToday } from '../calendar-date.ts';
import { API_MESSAGES, SHORT_CACHE, type RegisterLog } from './api.ts';
import { EMPTY_VALUES, searchProblems, valuesFromQuery, type FormErrors, type FormValues } from './form-fields.ts';
import { memberKey } from './member-id.ts';
import { findMember, searchRegister, type RegisterDb } from './register-db.ts';
import { parseTraderSearch } from './search-query.ts';
import type { SearchResponse, TraderResult } from './trader-result.ts';
import { CHECK_PATH, countSentence, UNAVAILABLE } from './wording.ts';

/**
 * GET /check-a-trader/results/?… — the trader check without JavaScript, as data: what the answer is, its
 * status, title and cache rule. src/render/trader-results-page.tsx renders it with the island's own
 * components and the Worker puts that in the page shell. `?member=` checks a membership number; `q`,
 * `trade`, `postcode` (and `page`, `status`) search. Links here are what "share this result" gives, so
 * they must work for anyone.
 */

export interface ResultsPageDeps {
  db: RegisterDb;
  now?: Date;
  log?: RegisterLog;
}

/** What the page shows: the answer and the forms again (filled in as sent), or the forms with errors. */
export type ResultsView =
  | { kind: 'search'; answer: SearchResponse; values: FormValues }
  | { kind: 'member'; typed: string; trader: TraderResult | null; sample: boolean; values: FormValues }
  | { kind: 'problem'; values: FormValues; errors: FormErrors; problem?: string };

export type ResultsAnswer =
  | { kind: 'redirect'; location: string }
  | { kind: 'page'; status: 200 | 400 | 404 | 503; title: string; headers: Record<string, string>; view: ResultsView };

const SEARCH_KEYS = ['q', 'trade', 'postcode', 'page', 'status'];
const NO_STORE = { 'Cache-Control': 'no-store' };
const title = (text: string) => `${text} – Check a trader`;
const ERROR_TITLE = `Error: ${title('Search')}`;

function problemPage(status: 400 | 503, values: FormValues, errors: FormErrors, problem?: string): ResultsAnswer {
  const view: ResultsView =
    problem === undefined ? { kind: 'problem', values, errors } : { kind: 'problem', values, errors, problem };
  // A failure may pass in a moment: never keep it in a cache.
  return { kind: 'page', status, title: ERROR_TITLE, headers: status === 503 ? NO_STORE : SHORT_CACHE, view };
}

async function memberAnswer(params: URLSearchParams, deps: ResultsPageDeps): Promise<ResultsAnswer> {
  const typed = (params.get('member') ?? '').trim().slice(0, 64);
  const values = { ...EMPTY_VALUES, member: typed };
  const key = memberKey(typed);
  if (key === null) return problemPage(400, values, { member: API_MESSAGES.memberInvalid });
  const { trader, register } = await findMember(deps.db, key, ukToday(deps.now));
  return {
    kind: 'page',
    status: trader ? 200 : 404,
    title: title(`Membership number ${trader?.memberId ?? typed}`),
    headers: SHORT_CACHE,
    view: { kind: 'member', typed, trader, sample: register.sample, values },
  };
}

async function searchAnswer(params: URLSearchParams, deps: ResultsPageDeps): Promise<ResultsAnswer> {
  const values = { ...valuesFromQuery(params), member: '' };
  const parsed = parseTraderSearch(params);
  if (!parsed.ok) {
    const { errors, problem } = searchProblems(parsed.fields);
    return problemPage(400, values, errors, problem);
  }
  const answer = await searchRegister(deps.db, parsed.search, ukToday(deps.now));
  return {
    kind: 'page',
    status: 200,
    title: title(countSentence(answer.total, answer.query.status === 'all')),
    headers: SHORT_CACHE,
    view: { kind: 'search', answer, values },
  };
}

/** The answer to a GET of the results page; a visit with no question goes back to the check page. */
export async function traderResultsAnswer(params: URLSearchParams, deps: ResultsPageDeps): Promise<ResultsAnswer> {
  const isMember = params.has('member');
  if (!isMember && !SEARCH_KEYS.some((k) => params.has(k))) return { kind: 'redirect', location: CHECK_PATH };
  try {
    return await (isMember ? memberAnswer(params, deps) : searchAnswer(params, deps));
  } catch (error) {
    deps.log?.(`traders.db_error.${error instanceof Error ? error.name : 'unknown'}`);
    return problemPage(503, EMPTY_VALUES, {}, UNAVAILABLE);
  }
}
