import { errorResponse, jsonResponse } from '../web/http.ts';
import { memberKey } from './member-id.ts';
import { findMember, searchRegister, type RegisterDb } from './register-db.ts';
import { MESSAGES, parseTraderSearch } from './search-query.ts';
import { ukToday } from '../calendar-date.ts';

/**
 * GET /api/traders and GET /api/traders/MEMBER_ID, request to response (contract in DESIGN.md). Answers
 * are the same for everyone and change only when the register is imported, so they may sit in the edge
 * cache for a minute. Bad input is a 400 naming the field; a database failure is a 503 — never a 500.
 */

export const SHORT_CACHE = { 'Cache-Control': 'public, max-age=60' };
const NO_STORE = { 'Cache-Control': 'no-store' };

export const API_MESSAGES = {
  memberInvalid: 'Enter a membership number using letters and digits, like BWC-10234',
  memberNotFound: 'There is no member with that number on the register',
  unavailable: 'The trader register is not available just now. Try again in a few minutes.',
} as const;

/** Event names only: searches may hold names or postcodes, so they are never logged. */
export type RegisterLog = (event: string) => void;
const defaultLog: RegisterLog = (event) => {
  console.error(JSON.stringify({ event }));
};

function unavailable(log: RegisterLog, error: unknown): Response {
  log(`traders.db_error.${error instanceof Error ? error.name : 'unknown'}`);
  return errorResponse(503, API_MESSAGES.unavailable, undefined, { headers: { ...NO_STORE, 'Retry-After': '30' } });
}

export async function traderSearchResponse(
  url: URL,
  db: RegisterDb,
  options: { now?: Date; log?: RegisterLog } = {},
): Promise<Response> {
  const parsed = parseTraderSearch(url.searchParams);
  if (!parsed.ok) return errorResponse(400, MESSAGES.invalid, parsed.fields, { headers: SHORT_CACHE });
  try {
    const body = await searchRegister(db, parsed.search, ukToday(options.now));
    return jsonResponse(body, { headers: SHORT_CACHE });
  } catch (error) {
    return unavailable(options.log ?? defaultLog, error);
  }
}

export async function memberLookupResponse(
  memberId: string,
  db: RegisterDb,
  options: { now?: Date; log?: RegisterLog } = {},
): Promise<Response> {
  const key = memberKey(memberId);
  if (key === null) {
    return errorResponse(
      400,
      API_MESSAGES.memberInvalid,
      { memberId: API_MESSAGES.memberInvalid },
      { headers: SHORT_CACHE },
    );
  }
  try {
    const { trader, register } = await findMember(db, key, ukToday(options.now));
    if (!trader) {
      return jsonResponse(
        { error: { message: API_MESSAGES.memberNotFound }, register },
        { status: 404, headers: SHORT_CACHE },
      );
    }
    return jsonResponse({ trader, register }, { headers: SHORT_CACHE });
  } catch (error) {
    return unavailable(options.log ?? defaultLog, error);
  }
}
