import { compareDates, isCalendarDate } from '../calendar-date.ts';

/**
 * The calculator's input (the contract in DESIGN.md, plus one optional field for several deliveries) and
 * its validator. Impossible answers — a date that doesn't exist, goods arriving before the contract was
 * made — get one plain message per field, so the island can show them in an error summary;
 * `cancellationPeriod` throws a CancellationInputError (a RangeError) carrying the same messages.
 *
 * Plain checks rather than zod on purpose: this runs in the calculator's island, and zod would add about
 * 24 KB (compressed) to a page meant for old phones, for eleven simple fields and no server endpoint.
 */

type Check = (raw: unknown) => { ok: true; value: unknown } | { ok: false; message: string };

const date =
  (message: string): Check =>
  (raw) =>
    typeof raw === 'string' && isCalendarDate(raw) ? { ok: true, value: raw } : { ok: false, message };
const optional =
  (check: Check): Check =>
  (raw) =>
    raw === undefined ? { ok: true, value: undefined } : check(raw);
const boolean =
  (message: string): Check =>
  (raw) =>
    typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, message };

/** Each field of the calculator's input, checked on its own (cross-field rules are below). */
const cancellationFields = {
  /** The day the contract was made (agreed or signed), YYYY-MM-DD, a UK calendar date. */
  agreedOn: date('Enter the date you agreed to the contract as a real date'),
  /** What the contract is for: `goods` (things delivered or fitted; a sales contract) or `services` (work). */
  kind: (raw) =>
    raw === 'goods' || raw === 'services'
      ? { ok: true, value: raw }
      : { ok: false, message: 'Choose goods or services' },
  /** The total price in pounds, as a number (4000.5 means £4,000.50). */
  price: (raw) => {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      return { ok: false, message: 'Enter the price as a number of pounds' };
    }
    return raw < 0 ? { ok: false, message: 'The price cannot be less than £0' } : { ok: true, value: raw };
  },
  /** True when the contract was made away from the trader's business premises, e.g. in your home. */
  offPremises: boolean('Say whether you agreed it away from the trader’s premises'),
  /**
   * Optional, with `offPremises: false`: true when the trader approached you in person away from their
   * premises (at home, in the street) just before you agreed at their premises (reg 5: still off-premises).
   */
  approachedAwayFromPremises: optional(boolean('Say whether the trader approached you away from their premises first')),
  /** Optional: true when the goods are made to your specifications or clearly personalised (reg 28(1)(b)). */
  madeToSpecification: optional(boolean('Say whether the goods were made to your specifications')),
  /** Optional: true when you asked the trader to visit to do urgent repairs or maintenance (reg 28(1)(e)). */
  urgentRepairRequested: optional(boolean('Say whether you asked the trader to come for an urgent repair')),
  /** Goods only: the day the goods (the first or only delivery) came into your hands. */
  goodsReceivedOn: optional(date('Enter the date the goods arrived as a real date')),
  /** Goods only, optional: the day the last of several deliveries arrived (reg 30(4) and (5)). */
  lastGoodsReceivedOn: optional(date('Enter the date the last delivery arrived as a real date')),
  /** True when the trader gave you the information on the right to cancel (Schedule 2 para (l)), with its form. */
  infoGiven: boolean('Say whether the trader gave you the information about cancelling'),
  /** The day they gave it, if not when you agreed; absent means "when I agreed" (on time). */
  infoGivenOn: optional(date('Enter the date they gave you the information about cancelling as a real date')),
} as const satisfies Record<string, Check>;

type CancellationField = keyof typeof cancellationFields;
const CANCELLATION_FIELDS = Object.keys(cancellationFields) as CancellationField[];

/**
 * The contract's input. Every optional field, left out, gives the answer the first contract gave:
 * `lastGoodsReceivedOn` (several deliveries), and the three added with the advice-truth issue.
 */
export interface CancellationInput {
  agreedOn: string;
  kind: 'goods' | 'services';
  price: number;
  offPremises: boolean;
  approachedAwayFromPremises?: boolean;
  madeToSpecification?: boolean;
  urgentRepairRequested?: boolean;
  goodsReceivedOn?: string;
  lastGoodsReceivedOn?: string;
  infoGiven: boolean;
  infoGivenOn?: string;
}

export type CancellationFieldErrors = Partial<Record<CancellationField, string>>;
export type CancellationValidation =
  { ok: true; value: CancellationInput } | { ok: false; fields: CancellationFieldErrors };

/** Thrown by `cancellationPeriod` for input that cannot describe a real contract. */
export class CancellationInputError extends RangeError {
  readonly fields: CancellationFieldErrors;
  constructor(fields: CancellationFieldErrors) {
    super(`Impossible cancellation input: ${Object.values(fields).join('; ')}`);
    this.name = 'CancellationInputError';
    this.fields = fields;
  }
}

function own(input: unknown, key: string): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  if (!Object.hasOwn(input, key)) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return value === null ? undefined : value;
}

/** Cross-field rules: only run on fields that passed on their own. */
function crossFieldErrors(v: Partial<CancellationInput>, errors: CancellationFieldErrors): void {
  const before = (a: string | undefined, b: string | undefined) => !!a && !!b && compareDates(a, b) < 0;
  if (v.kind === 'goods' && !v.goodsReceivedOn && !errors.goodsReceivedOn) {
    errors.goodsReceivedOn = 'Enter the date the goods arrived';
  }
  if (v.kind === 'goods' && before(v.goodsReceivedOn, v.agreedOn)) {
    errors.goodsReceivedOn = 'The date the goods arrived must be the same as or after the date you agreed';
  }
  if (v.kind === 'goods' && before(v.lastGoodsReceivedOn, v.goodsReceivedOn ?? v.agreedOn)) {
    errors.lastGoodsReceivedOn = 'The last delivery must be on or after the first delivery';
  }
}

/** Checks every field and returns the input with unknown keys dropped, or one message per bad field. */
export function validateCancellationInput(input: unknown): CancellationValidation {
  const errors: CancellationFieldErrors = {};
  const value: Record<string, unknown> = {};
  for (const name of CANCELLATION_FIELDS) {
    const raw = own(input, name);
    const result = cancellationFields[name](raw);
    if (!result.ok) errors[name] = raw === undefined ? requiredMessage(name, result.message) : result.message;
    else if (result.value !== undefined) value[name] = result.value;
  }
  const candidate = value as Partial<CancellationInput>;
  // Dates that only mean something for goods, or when a form was given, are ignored otherwise.
  if (candidate.kind === 'services') {
    delete candidate.goodsReceivedOn;
    delete candidate.lastGoodsReceivedOn;
    delete errors.goodsReceivedOn;
    delete errors.lastGoodsReceivedOn;
  }
  if (candidate.infoGiven === false) {
    delete candidate.infoGivenOn;
    delete errors.infoGivenOn;
  }
  crossFieldErrors(candidate, errors);
  if (Object.keys(errors).length > 0) return { ok: false, fields: errors };
  return { ok: true, value: candidate as CancellationInput };
}

const REQUIRED: Partial<Record<CancellationField, string>> = {
  agreedOn: 'Enter the date you agreed to the contract',
  kind: 'Choose goods or services',
  price: 'Enter the price',
  offPremises: 'Say whether you agreed it away from the trader’s premises',
  infoGiven: 'Say whether the trader gave you the information about cancelling',
};

function requiredMessage(name: CancellationField, fallback: string): string {
  return REQUIRED[name] ?? fallback;
}

/**
 * Reads a price as people write it ("£4,000", "4000.50", "42") into pounds, or undefined. Whole pence
 * only: "£42.001" is not a price anyone agreed to.
 */
export function parsePounds(text: string): number | undefined {
  const cleaned = text.replace(/[£,\s]/g, '');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
