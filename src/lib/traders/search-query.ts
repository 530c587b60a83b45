import * as z from '../validation.ts';
import { cleanLine } from '../text/clean.ts';
import { queryWords, type NameTerm } from './fts-query.ts';
import { matchPlace } from './place-match.ts';
import { matchTrade, tradeLabel, tradePhrase, type TradeMatch } from './trade-match.ts';

/**
 * GET /api/traders's query string (and the no-JS results page's), checked (validation.ts) into a search the SQL
 * builder can run. Every problem becomes a message per field in GOV.UK's style (say what to do), so the
 * API answers 400 `{ error: { message, fields } }` and the page shows the same words.
 */

const MAX_Q = 100;
const MAX_TRADE = 60;
const MAX_PLACE = 60;
const MAX_PAGE = 1000;
export const PAGE_SIZE = 20;

export const MESSAGES = {
  invalid: 'Check your search',
  nothing: 'Enter a business name, a trade or a postcode or town',
  qTooLong: `Business name must be ${MAX_Q} characters or fewer`,
  qNoWords: 'Enter a business name using letters or numbers',
  tradeTooLong: `Trade must be ${MAX_TRADE} characters or fewer`,
  tradeNoWords: 'Enter a trade using letters, like roofer or plumber',
  postcode: 'Enter a postcode, like AL10 9AB, or a town, like Hatfield',
  postcodeTooLong: `Postcode or town must be ${MAX_PLACE} characters or fewer`,
  page: `Page must be a whole number from 1 to ${MAX_PAGE}`,
  status: 'Status must be approved or all',
} as const;

/** Optional text: absent or blank is null; otherwise cleaned (controls and invisible characters removed). */
const optionalText = (max: number, tooLong: string, ...checks: z.Check<string | null>[]) =>
  z
    .pipe(
      z.pipe(
        z.pipe(
          z.nullish(z.string()),
          z.transform((v: string | null | undefined) => (v ? cleanLine(v) : '')),
        ),
        z.string().check(z.maxLength(max, tooLong)),
      ),
      z.transform((v: string) => v || null),
    )
    .check(...checks);

const searchParamsSchema = z
  .object({
    /** Words of the business name; each is matched as a prefix, case and accents ignored. */
    q: optionalText(
      MAX_Q,
      MESSAGES.qTooLong,
      z.refine((v: string | null) => v === null || queryWords(v).length > 0, MESSAGES.qNoWords),
    ),
    /** A trade in the resident's words ("roofer", "gas engineer"); synonyms find the register's trade. */
    trade: optionalText(
      MAX_TRADE,
      MESSAGES.tradeTooLong,
      // Any word left after folding gives at least one trade key to search (a known trade or its own words).
      z.refine((v: string | null) => v === null || tradePhrase(v) !== '', MESSAGES.tradeNoWords),
    ),
    /** A full postcode, a district, or a town or village; traders covering its districts match. */
    postcode: optionalText(
      MAX_PLACE,
      MESSAGES.postcodeTooLong,
      z.refine((v: string | null) => v === null || /[\p{L}\p{N}]/u.test(v), MESSAGES.postcode),
    ),
    /** Page of results, from 1; pages hold PAGE_SIZE traders. */
    page: z.pipe(
      z.pipe(
        z.pipe(
          z.nullish(z.string()),
          z.transform((v: string | null | undefined) => (v ? v.trim() : '1')),
        ),
        z.string().check(z.regex(/^[0-9]{1,4}$/, MESSAGES.page)),
      ),
      z.pipe(z.transform(Number), z.int().check(z.minimum(1, MESSAGES.page), z.maximum(MAX_PAGE, MESSAGES.page))),
    ),
    /** `approved` (the default) lists approved members only; `all` includes suspended and expired ones. */
    status: z.pipe(
      z.pipe(
        z.nullish(z.string()),
        z.transform((v: string | null | undefined) => (v ? v.trim().toLowerCase() : 'approved')),
      ),
      z.enum(['approved', 'all'], { error: MESSAGES.status }),
    ),
  })
  .check(
    z.refine((s) => s.q !== null || s.trade !== null || s.postcode !== null, {
      message: MESSAGES.nothing,
      path: ['q'],
    }),
  );

/** How the place box was understood. */
interface PlaceQuery {
  /** As typed, cleaned. */
  typed: string;
  /** postcode, a known place (as typed or corrected), a town from the register, or not known at all. */
  how: 'postcode' | 'place' | 'fuzzy' | 'register' | 'register-fuzzy' | 'unknown';
  /** Districts searched: none when the place is not known (so nothing matches). */
  districts: string[];
  /** The district or place names, to show; null when not known. */
  label: string | null;
}

/** A criterion read as something other than what was typed: "Showing results for …". */
export interface Correction {
  field: 'q' | 'trade' | 'postcode';
  typed: string;
  understood: string;
}

/** A checked search, ready for the SQL builder. */
export interface TraderSearch {
  /** The name words as cleaned, for echoing back; null when not searching by name. */
  q: string | null;
  /** The name words to look for, each as typed (a prefix) or corrected (name-words.ts, fts-query.ts). */
  nameTerms: NameTerm[];
  /** The trade as typed (cleaned), and the trade keys it means. */
  trade: string | null;
  tradeKeys: string[];
  /** How the trade was read (trade-match.ts), or 'register' for a trade found only in the register. */
  tradeHow: TradeMatch['how'] | 'register' | 'register-fuzzy' | null;
  /** The place, or null when not searching by place. */
  place: PlaceQuery | null;
  page: number;
  status: 'approved' | 'all';
  /** What was corrected; empty when everything was read as typed. */
  corrections: Correction[];
}

export type SearchParse = { ok: true; search: TraderSearch } | { ok: false; fields: Record<string, string> };

type CheckedSearch = z.output<typeof searchParamsSchema>;

/**
 * The query string checked against the schema alone, with a message per field. The island runs only this
 * before it asks the API, so the browser gets the checks without the place and trade tables.
 */
export function checkTraderSearch(
  params: URLSearchParams,
): { ok: true; data: CheckedSearch } | { ok: false; fields: Record<string, string> } {
  const raw = Object.fromEntries(['q', 'trade', 'postcode', 'page', 'status'].map((k) => [k, params.get(k)]));
  const parsed = searchParamsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'q');
    fields[field] ??= issue.message;
  }
  return { ok: false, fields };
}

export function parseTraderSearch(params: URLSearchParams): SearchParse {
  const parsed = checkTraderSearch(params);
  if (!parsed.ok) return parsed;
  const { q, trade, postcode, page, status } = parsed.data;
  const tradeMatch = trade === null ? null : matchTrade(trade);
  const placeMatch = postcode === null ? null : matchPlace(postcode);
  const corrections: Correction[] = [];
  if (trade !== null && tradeMatch?.how === 'fuzzy') {
    corrections.push({ field: 'trade', typed: trade, understood: tradeLabel(tradeMatch.keys[0] ?? '') ?? trade });
  }
  if (postcode !== null && placeMatch?.how === 'fuzzy') {
    corrections.push({ field: 'postcode', typed: postcode, understood: placeMatch.label });
  }
  return {
    ok: true,
    search: {
      q,
      nameTerms: q === null ? [] : queryWords(q).map((typed) => ({ typed, corrected: [] })),
      trade,
      tradeKeys: tradeMatch?.keys ?? [],
      tradeHow: tradeMatch?.how ?? null,
      place:
        postcode === null
          ? null
          : placeMatch
            ? { typed: postcode, how: placeMatch.how, districts: placeMatch.districts, label: placeMatch.label }
            : { typed: postcode, how: 'unknown', districts: [], label: null },
      page,
      status,
      corrections,
    },
  };
}

/** The search as the API echoes it in `query`. */
export function describeSearch(search: TraderSearch) {
  const known = search.tradeKeys.length === 1 ? tradeLabel(search.tradeKeys[0] ?? '') : undefined;
  const place = search.place;
  return {
    q: search.q,
    trade: search.trade,
    tradeLabel: known ?? null,
    postcode: place?.how === 'postcode' ? (place.districts[0] ?? null) : null,
    place: place && {
      typed: place.typed,
      label: place.label,
      districts: place.districts,
      found: place.districts.length > 0,
    },
    corrections: search.corrections,
    status: search.status,
    page: search.page,
    pageSize: PAGE_SIZE,
  };
}
