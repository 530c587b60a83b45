import { z } from 'zod';
import { cleanLine } from '../referral/text.ts';
import { ftsQuery } from './fts-query.ts';
import { postcodeDistrict } from './postcode.ts';
import { tradeKeysForSearch, tradeLabel } from './trade-match.ts';

/**
 * GET /api/traders's query string (and the no-JS results page's), checked with zod into a search the SQL
 * builder can run. Every problem becomes a message per field in GOV.UK's style (say what to do), so the
 * API answers 400 `{ error: { message, fields } }` and the page shows the same words.
 */

export const MAX_Q = 100;
export const MAX_TRADE = 60;
export const MAX_PAGE = 1000;
export const PAGE_SIZE = 20;

export const MESSAGES = {
  invalid: 'Check your search',
  nothing: 'Enter a business name, a trade or a postcode',
  qTooLong: `Business name must be ${MAX_Q} characters or fewer`,
  qNoWords: 'Enter a business name using letters or numbers',
  tradeTooLong: `Trade must be ${MAX_TRADE} characters or fewer`,
  tradeNoWords: 'Enter a trade using letters, like roofer or plumber',
  postcode: 'Enter a full postcode, like AL10 9AB, or the first part, like AL10',
  page: `Page must be a whole number from 1 to ${MAX_PAGE}`,
  status: 'Status must be approved or all',
} as const;

/** Optional text: absent or blank is null; otherwise cleaned (controls and invisible characters removed). */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? cleanLine(v) : ''))
    .pipe(z.string().max(max, tooLong))
    .transform((v) => v || null);

export const searchParamsSchema = z
  .object({
    /** Words of the business name; each is matched as a prefix, case and accents ignored. */
    q: optionalText(MAX_Q, MESSAGES.qTooLong).refine((v) => v === null || ftsQuery(v) !== null, MESSAGES.qNoWords),
    /** A trade in the resident's words ("roofer", "gas engineer"); synonyms find the register's trade. */
    trade: optionalText(MAX_TRADE, MESSAGES.tradeTooLong).refine(
      (v) => v === null || tradeKeysForSearch(v).length > 0,
      MESSAGES.tradeNoWords,
    ),
    /** A full postcode or a district; traders covering that district match. */
    postcode: optionalText(10, MESSAGES.postcode).refine(
      (v) => v === null || postcodeDistrict(v) !== null,
      MESSAGES.postcode,
    ),
    /** Page of results, from 1; pages hold PAGE_SIZE traders. */
    page: z
      .string()
      .nullish()
      .transform((v) => (v ? v.trim() : '1'))
      .pipe(z.string().regex(/^[0-9]{1,4}$/, MESSAGES.page))
      .transform(Number)
      .pipe(z.number().int().min(1, MESSAGES.page).max(MAX_PAGE, MESSAGES.page)),
    /** `approved` (the default) lists approved members only; `all` includes suspended and expired ones. */
    status: z
      .string()
      .nullish()
      .transform((v) => (v ? v.trim().toLowerCase() : 'approved'))
      .pipe(z.enum(['approved', 'all'], { error: MESSAGES.status })),
  })
  .refine((s) => s.q !== null || s.trade !== null || s.postcode !== null, { message: MESSAGES.nothing, path: ['q'] });

/** A checked search, ready for the SQL builder. */
export interface TraderSearch {
  /** The name words as cleaned, for echoing back; null when not searching by name. */
  q: string | null;
  /** The FTS5 MATCH expression built from q (fts-query.ts). */
  match: string | null;
  /** The trade as typed (cleaned), and the trade keys it means. */
  trade: string | null;
  tradeKeys: string[];
  /** The postcode district, e.g. AL10. */
  district: string | null;
  page: number;
  status: 'approved' | 'all';
}

export type SearchParse = { ok: true; search: TraderSearch } | { ok: false; fields: Record<string, string> };

export function parseTraderSearch(params: URLSearchParams): SearchParse {
  const raw = Object.fromEntries(['q', 'trade', 'postcode', 'page', 'status'].map((k) => [k, params.get(k)]));
  const parsed = searchParamsSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'q');
      fields[field] ??= issue.message;
    }
    return { ok: false, fields };
  }
  const { q, trade, postcode, page, status } = parsed.data;
  return {
    ok: true,
    search: {
      q,
      match: q === null ? null : ftsQuery(q),
      trade,
      tradeKeys: trade === null ? [] : tradeKeysForSearch(trade),
      district: postcode === null ? null : postcodeDistrict(postcode),
      page,
      status,
    },
  };
}

/** The search as the API echoes it in `query`. */
export function describeSearch(search: TraderSearch) {
  const known = search.tradeKeys.length === 1 ? tradeLabel(search.tradeKeys[0] ?? '') : undefined;
  return {
    q: search.q,
    trade: search.trade,
    tradeLabel: known ?? null,
    postcode: search.district,
    status: search.status,
    page: search.page,
    pageSize: PAGE_SIZE,
  };
}
