import * as z from '../validation.ts';
import type { TraderRow } from './search-sql.ts';
import { STATUSES } from './status.ts';

/**
 * What the API answers (contract in DESIGN.md), as schemas (validation.ts) shared by the function, the island and
 * the tests: one shape, checked on both sides.
 */

const traderResultSchema = z.object({
  /** The membership number as printed on the card. */
  memberId: z.string(),
  /** The business's trading name. */
  name: z.string(),
  /** Trades, main trade first. */
  trades: z.array(z.string()),
  /** Postcode districts covered, e.g. ["AL10", "SG1"]. */
  areas: z.array(z.string()),
  /** The town the business is based in. */
  town: z.string(),
  /** Phone number as the register gives it. */
  phone: z.string(),
  /** Email address, if the register has one. */
  email: z.nullable(z.string()),
  /** Website, if the register has one. */
  website: z.nullable(z.string()),
  /** approved, suspended or expired (approved members past their expiry date show as expired). */
  status: z.enum(STATUSES),
  /** Membership start, YYYY-MM-DD. */
  memberSince: z.string(),
  /** Membership end, YYYY-MM-DD. */
  expiresOn: z.string(),
});
export type TraderResult = z.infer<typeof traderResultSchema>;

const registerInfoSchema = z.object({
  /** True when the register is the fictional sample: pages must say so wherever results appear. */
  sample: z.boolean(),
  /** When the register was last imported (ISO timestamp), or null for an empty register. */
  importedAt: z.nullable(z.string()),
});
export type RegisterInfo = z.infer<typeof registerInfoSchema>;

export const searchResponseSchema = z.object({
  /** The search as understood: cleaned words, the trade label it matched, the postcode district. */
  query: z.object({
    /** Business name words, cleaned. */
    q: z.nullable(z.string()),
    /** Trade as typed, cleaned. */
    trade: z.nullable(z.string()),
    /** The known trade it matched, when exactly one. */
    tradeLabel: z.nullable(z.string()),
    /** The postcode district searched, e.g. AL10, when a postcode was typed. */
    postcode: z.nullable(z.string()),
    /** What the "Postcode or town" box was read as; null when empty. */
    place: z.nullable(
      z.object({
        /** As typed, cleaned. */
        typed: z.string(),
        /** The district or the place names matched ("St Albans"); null when not known. */
        label: z.nullable(z.string()),
        /** The postcode districts searched. */
        districts: z.array(z.string()),
        /** False when no postcode or place of that name is known. */
        found: z.boolean(),
      }),
    ),
    /** Criteria read as something other than what was typed ("Showing results for …"). */
    corrections: z.array(
      z.object({
        /** Which box: q, trade or postcode. */
        field: z.enum(['q', 'trade', 'postcode']),
        /** As typed. */
        typed: z.string(),
        /** As understood and searched. */
        understood: z.string(),
      }),
    ),
    /** approved or all. */
    status: z.enum(['approved', 'all']),
    /** This page, from 1. */
    page: z.number(),
    /** Results per page. */
    pageSize: z.number(),
  }),
  /** Matches in all pages. */
  total: z.number(),
  /** This page of matches, best first. */
  results: z.array(traderResultSchema),
  /** About the register itself. */
  register: registerInfoSchema,
  /** Other searches to try when there are no matches (empty otherwise). */
  suggestions: z.array(
    z.object({
      /** The link's words. */
      text: z.string(),
      q: z.nullable(z.string()),
      trade: z.nullable(z.string()),
      postcode: z.nullable(z.string()),
    }),
  ),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const memberResponseSchema = z.object({
  /** The member, whatever their status. */
  trader: traderResultSchema,
  /** About the register itself. */
  register: registerInfoSchema,
});

const split = (list: string): string[] => (list ? list.split(';') : []);

export function toTraderResult(row: TraderRow): TraderResult {
  return {
    memberId: row.member_id,
    name: row.business_name,
    trades: split(row.trades),
    areas: split(row.areas),
    town: row.town,
    phone: row.phone,
    email: row.email,
    website: row.website,
    status: row.status,
    memberSince: row.member_since,
    expiresOn: row.expires_on,
  };
}
