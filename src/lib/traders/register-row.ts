import { z } from 'zod';
import { memberKey } from './member-id.ts';
import { isDistrict } from './postcode.ts';
import { tradeKeyForRegister, tradeLabel } from './trade-match.ts';
import { STATUSES, type Status } from './status.ts';
import { isCalendarDate } from '../calendar-date.ts';

/**
 * One row of the register file (CSV, contract in DESIGN.md), checked with zod into what the database
 * stores. Messages complete `line N: column: …`, so they start lower case and name the fix.
 */

export const REGISTER_COLUMNS = [
  'member_id',
  'business_name',
  'trades',
  'areas',
  'town',
  'phone',
  'email',
  'website',
  'member_since',
  'expires_on',
  'status',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** A UK number once spaces, brackets and dashes are gone: 0 then 9–10 digits, or +44 then 9–10 digits. */
const UK_PHONE = /^(?:0\d{9,10}|\+44\d{9,10})$/;

/** Trimmed single-line text of at most `max` characters; `required` refuses an empty field. */
const text = (max: number, required = true) =>
  z
    .string()
    .transform((v) => v.trim())
    .refine((v) => !CONTROL.test(v), 'has a control character or line break')
    .refine((v) => !required || v.length > 0, 'is empty')
    .refine((v) => v.length <= max, `is longer than ${max} characters`);

/** A `;`-separated list, each item trimmed, empty items dropped. */
const list = (items: { min: number; max: number; what: string }) =>
  text(2000).transform((v, ctx) => {
    const values = v
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (values.length < items.min || values.length > items.max) {
      ctx.addIssue({ code: 'custom', message: `must list ${items.min} to ${items.max} ${items.what}, separated by ;` });
    }
    return values;
  });

const EMAIL = z.email();
const isoDate = text(10).refine(isCalendarDate, 'must be a real date written YYYY-MM-DD, like 2026-04-01');

export const registerRowSchema = z
  .object({
    /** The membership number as printed on the card, e.g. BWC-10234. */
    member_id: text(30).refine((v) => memberKey(v) !== null, 'must be 3 to 20 letters and digits, like BWC-10234'),
    /** The business's trading name. */
    business_name: text(120),
    /** Trades, `;`-separated; known trades take their usual label (trade-synonyms.ts). */
    trades: list({ min: 1, max: 12, what: 'trades' }).superRefine((values, ctx) => {
      for (const v of values) {
        if (v.length > 60 || !/[\p{L}]/u.test(v))
          ctx.addIssue({ code: 'custom', message: `"${v}" is not a trade name` });
      }
    }),
    /** Postcode districts covered, `;`-separated, e.g. AL10;SG1. */
    areas: list({ min: 1, max: 80, what: 'postcode districts' }).superRefine((values, ctx) => {
      for (const v of values) {
        if (!isDistrict(v.toUpperCase())) {
          ctx.addIssue({ code: 'custom', message: `"${v}" is not a postcode district (like AL10 or SG1)` });
        }
      }
    }),
    /** The town the business is based in. */
    town: text(60),
    /** A UK phone number, as it should be shown. */
    phone: text(30).refine(
      (v) => UK_PHONE.test(v.replace(/[\s()-]/g, '')),
      'must be a UK phone number, like 01632 960123 or 07700 900123',
    ),
    /** Optional email address. */
    email: text(254, false).refine((v) => v === '' || EMAIL.safeParse(v).success, 'must be an email address'),
    /** Optional website, starting https:// or http://. */
    website: text(200, false).refine(
      (v) => v === '' || (/^https?:\/\//i.test(v) && URL.canParse(v)),
      'must be a web address starting https://',
    ),
    /** The date the membership started, YYYY-MM-DD. */
    member_since: isoDate,
    /** The date the membership ends, YYYY-MM-DD; after member_since. */
    expires_on: isoDate,
    /** approved, suspended or expired. */
    status: text(20)
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(STATUSES, { error: 'must be approved, suspended or expired' })),
  })
  .refine((r) => r.expires_on > r.member_since, { message: 'must be after member_since', path: ['expires_on'] });

/** A checked row, as stored. */
export interface RegisterRow {
  memberId: string;
  memberKey: string;
  name: string;
  /** Labels to show, and the key each is searched by (same order; duplicates removed). */
  trades: { key: string; label: string }[];
  /** Upper-case districts, duplicates removed. */
  areas: string[];
  town: string;
  phone: string;
  email: string | null;
  website: string | null;
  memberSince: string;
  expiresOn: string;
  status: Status;
}

export function toRegisterRow(data: z.infer<typeof registerRowSchema>): RegisterRow {
  const trades = new Map<string, string>();
  for (const t of data.trades) {
    const key = tradeKeyForRegister(t);
    if (!trades.has(key)) trades.set(key, tradeLabel(key) ?? t);
  }
  return {
    memberId: data.member_id,
    memberKey: memberKey(data.member_id) ?? '',
    name: data.business_name,
    trades: [...trades].map(([key, label]) => ({ key, label })),
    areas: [...new Set(data.areas.map((a) => a.toUpperCase()))],
    town: data.town,
    phone: data.phone,
    email: data.email || null,
    website: data.website || null,
    memberSince: data.member_since,
    expiresOn: data.expires_on,
    status: data.status,
  };
}
