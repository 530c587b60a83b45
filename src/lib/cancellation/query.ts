import type { CalculatorAnswers, DateParts } from './form.ts';

/**
 * The calculator's questions as a GET form (the contract in DESIGN.md, "Without JavaScript"): field
 * names are the contract's input names, booleans `yes`/`no`, dates as `agreedOn-day`/`-month`/`-year` or
 * ISO `agreedOn=2026-03-01`, so an answer can be linked to. Two choices go beyond a boolean and keep
 * their own values: `offPremises=distance` (bought online, by phone or by post) or `offPremises=later` (the
 * trader came to the home, and the person said yes later by phone, email or text), and `infoGiven=later`
 * or `not-sure`. Two questions are not contract inputs: `goodsArrived` (yes/no; left out, it is yes when
 * `goodsReceivedOn` is given) and `earlyStart` (yes/no/not-sure).
 */

/** The calculator's page: the GET form's action, answered by the Worker when it has a query. */
export const CANCEL_PATH = '/can-i-still-cancel/';
/** The shell page (built by Astro) the Worker fills with an answer or the questions again. */
export const CANCEL_SHELL_PATH = '/can-i-still-cancel/answer/';

/** `where` as the form sends it, in `offPremises`. */
export const WHERE_VALUES = { home: 'yes', premises: 'no', later: 'later', distance: 'distance' } as const;
/** `form` (the information about cancelling) as the form sends it, in `infoGiven`. */
export const INFO_VALUES = { 'when-agreed': 'yes', later: 'later', no: 'no', 'not-sure': 'not-sure' } as const;

type Lookup = (name: string) => string;

/** The value the form sent for `value`, back to the answer it stands for ('' when it is none of them). */
export function fromFormValue<A extends string>(table: Record<A, string>, value: string): A | '' {
  const found = (Object.keys(table) as A[]).find((answer) => table[answer] === value);
  return found ?? '';
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

const ISO_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A date from its three boxes, or else from the ISO field of the same name. */
function dateParts(get: Lookup, name: string): DateParts {
  const parts = { day: get(`${name}-day`), month: get(`${name}-month`), year: get(`${name}-year`) };
  if (parts.day || parts.month || parts.year) return parts;
  const iso = get(name).trim();
  const match = ISO_SHAPE.exec(iso);
  if (match) return { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
  // Not a date at all: kept in the day box, so the questions say it must be a real date.
  return { day: iso, month: '', year: '' };
}

const YES_NO = ['yes', 'no'] as const;
const YES_NO_NOT_SURE = ['yes', 'no', 'not-sure'] as const;

/** Reads the GET form (or a link) into the answers `readAnswers` checks; anything unknown is left blank. */
export function answersFromQuery(params: URLSearchParams): CalculatorAnswers {
  const get: Lookup = (name) => params.get(name) ?? '';
  const infoGiven = get('infoGiven');
  const given = infoGiven === 'yes' && ISO_SHAPE.test(get('infoGivenOn').trim()) ? 'later' : infoGiven;
  const arrivedDate = dateParts(get, 'goodsReceivedOn');
  const hasArrivedDate = Boolean(arrivedDate.day || arrivedDate.month || arrivedDate.year);
  return {
    kind: pick(get('kind'), ['goods', 'services'] as const),
    agreed: dateParts(get, 'agreedOn'),
    price: get('price'),
    where: fromFormValue(WHERE_VALUES, get('offPremises')),
    approached: pick(get('approachedAwayFromPremises'), YES_NO),
    form: fromFormValue(INFO_VALUES, given),
    formDate: dateParts(get, 'infoGivenOn'),
    madeForYou: pick(get('madeToSpecification'), YES_NO_NOT_SURE),
    arrived: pick(get('goodsArrived'), YES_NO) || (hasArrivedDate ? 'yes' : ''),
    arrivedDate,
    urgentRepair: pick(get('urgentRepairRequested'), YES_NO_NOT_SURE),
    earlyStart: pick(get('earlyStart'), YES_NO_NOT_SURE),
  };
}
