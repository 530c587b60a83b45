import {
  addCalendarMonths,
  addDays,
  compareDates,
  laterDate,
  lastDayOfMonthsBeginningWith,
  writtenDate,
} from './calendar-date.ts';
import { CancellationInputError, validateCancellationInput, type CancellationInput } from './cancellation-input.ts';

export { CancellationInputError, validateCancellationInput, type CancellationInput } from './cancellation-input.ts';

/**
 * The 14-day cancellation period for an off-premises contract, from the Consumer Contracts (Information,
 * Cancellation and Additional Charges) Regulations 2013 (SI 2013/3134), checked against their text:
 *
 * - reg 27(3): Part 3 "does not apply to off-premises contracts under which the payment to be made by the
 *   consumer is not more than £42" — so £42.00 has no right to cancel and £42.01 has one.
 * - reg 30(2): for a service contract "the cancellation period ends at the end of 14 days after the day on
 *   which the contract is entered into"; reg 30(3)–(5): for goods, 14 days after the day the goods (the
 *   last of several deliveries, or the last lot or piece) come into the consumer's physical possession.
 *   Counting: the day of the event is excluded (Lester v Garland), so the day after is day 1 and the
 *   period's last day is the event's day + 14. Agreed Tuesday 2 December 2025 → last day Tuesday 16th.
 * - reg 31(2): if the cancellation information (Schedule 2 para (l)) was not given as Part 2 requires but
 *   is given "in the period of 12 months beginning with the first day of the 14 days", the period ends at
 *   the end of 14 days after the day the consumer receives it.
 * - reg 31(3): "Otherwise the cancellation period ends at the end of 12 months after the day on which it
 *   would have ended under regulation 30." "Month" is a calendar month (Interpretation Act 1978, Sch. 1)
 *   and a period of months after a day ends on the corresponding date (Dodds v Walker [1981] UKHL), or the
 *   month's last day when it has none: reg 30 ending 29 February 2028 → 28 February 2029.
 * - reg 1(2): the Regulations apply to contracts entered into on or after 13 June 2014.
 *
 * Information given before or on the day of the contract is on time (reg 10: before the consumer is
 * bound; a date can't say which hour came first, so the same day counts as on time). Information given
 * late but by the day the goods arrived leaves the reg 30 date unchanged: the 14 days after it can never
 * end before the normal period does (the period can only be extended, never shortened).
 */

export type CancellationResult =
  { applies: false; reason: string } | { applies: true; lastDay: string; extended: boolean; explanation: string };

export const REGULATIONS_START = '2014-06-13';
/** reg 27(3) and reg 7(4): off-premises contracts of this many pence or fewer have no right to cancel. */
export const LOW_PRICE_LIMIT_PENCE = 4200;

/** Which provision set the last day. */
export type CancellationRule = 'reg30-services' | 'reg30-goods' | 'reg31-late-info' | 'reg31-no-info';

export type NoRightReason = 'before-regulations' | 'not-off-premises' | 'price-42-or-less';

/** The whole working, for pages that explain each step (cancellation-explain.ts). */
export type CancellationWorking =
  | { applies: false; because: NoRightReason; reason: string }
  | {
      applies: true;
      rule: CancellationRule;
      /** The day the 14 days count from: the contract day (services) or the (last) delivery day (goods). */
      countFrom: string;
      /** reg 30's last day, as if the cancellation information had been given on time. */
      normalLastDay: string;
      /** The last day of the 12 months, beginning with the first of the 14 days, in which reg 31(2) counts. */
      lateInfoDeadline: string;
      /** The day the late information arrived, when it did (reg 31(2)). */
      infoGivenOn?: string;
      lastDay: string;
      extended: boolean;
    };

const REASONS: Record<NoRightReason, string> = {
  'before-regulations':
    'These cancellation rules cover contracts made on or after 13 June 2014. Ask Citizens Advice about an older contract.',
  'not-off-premises':
    'The 14-day right to cancel a doorstep contract only covers contracts agreed away from the trader’s premises, such as in your home. A contract agreed at their shop or office does not have this right.',
  'price-42-or-less':
    'The price is £42 or less. The 14-day right to cancel does not cover doorstep contracts of £42 or less (regulation 27(3)).',
};

function noRight(because: NoRightReason): CancellationWorking {
  return { applies: false, because, reason: REASONS[because] };
}

/** Throws CancellationInputError for impossible input; otherwise works out every step. */
export function workOutCancellation(input: CancellationInput): CancellationWorking {
  const checked = validateCancellationInput(input);
  if (!checked.ok) throw new CancellationInputError(checked.fields);
  const v = checked.value;

  if (compareDates(v.agreedOn, REGULATIONS_START) < 0) return noRight('before-regulations');
  if (!v.offPremises) return noRight('not-off-premises');
  if (Math.round(v.price * 100) <= LOW_PRICE_LIMIT_PENCE) return noRight('price-42-or-less');

  const countFrom = v.kind === 'goods' ? (v.lastGoodsReceivedOn ?? v.goodsReceivedOn ?? v.agreedOn) : v.agreedOn;
  const normalLastDay = addDays(countFrom, 14);
  const lateInfoDeadline = lastDayOfMonthsBeginningWith(addDays(countFrom, 1), 12);
  const base = { countFrom, normalLastDay, lateInfoDeadline };
  const normalRule: CancellationRule = v.kind === 'goods' ? 'reg30-goods' : 'reg30-services';

  const onTime = v.infoGiven && (!v.infoGivenOn || compareDates(v.infoGivenOn, v.agreedOn) <= 0);
  if (onTime) return { applies: true, rule: normalRule, ...base, lastDay: normalLastDay, extended: false };

  if (v.infoGiven && v.infoGivenOn && compareDates(v.infoGivenOn, lateInfoDeadline) <= 0) {
    const lastDay = laterDate(addDays(v.infoGivenOn, 14), normalLastDay);
    const extended = lastDay !== normalLastDay;
    return { applies: true, rule: 'reg31-late-info', ...base, infoGivenOn: v.infoGivenOn, lastDay, extended };
  }
  // Never given, or given after the 12 months in which it would have counted (reg 31(3)).
  const lastDay = addCalendarMonths(normalLastDay, 12);
  return {
    applies: true,
    rule: 'reg31-no-info',
    ...base,
    ...(v.infoGivenOn ? { infoGivenOn: v.infoGivenOn } : {}),
    lastDay,
    extended: true,
  };
}

/** A few short sentences saying where the last day comes from, and which regulation says so. */
export function explainWorking(
  w: Extract<CancellationWorking, { applies: true }>,
  kind: CancellationInput['kind'],
): string {
  const event =
    kind === 'goods'
      ? `The goods arrived on ${writtenDate(w.countFrom)}.`
      : `You agreed on ${writtenDate(w.countFrom)}.`;
  const last = `Your last day to cancel is ${writtenDate(w.lastDay)}`;
  const reg30 = kind === 'goods' ? 'regulation 30(3)' : 'regulation 30(2)';
  switch (w.rule) {
    case 'reg30-services':
    case 'reg30-goods':
      return `${event} You have 14 days, starting the day after. ${last} (${reg30}).`;
    case 'reg31-late-info':
      return w.extended
        ? `The trader gave you the cancellation form late, on ${writtenDate(w.infoGivenOn ?? w.countFrom)}. You have 14 days, starting the day after that. ${last} (regulation 31(2)).`
        : `${event} The trader gave you the cancellation form late, but before your 14 days started. ${last} (${reg30}).`;
    case 'reg31-no-info':
      return `${event} The trader ${w.infoGivenOn ? 'gave you the cancellation form more than 12 months late' : 'did not give you a cancellation form'}, so you have 12 months longer than the usual 14 days. ${last} (regulation 31(3)).`;
  }
}

/** The contract in DESIGN.md. Throws CancellationInputError (a RangeError) for impossible input. */
export function cancellationPeriod(input: CancellationInput): CancellationResult {
  const working = workOutCancellation(input);
  if (!working.applies) return { applies: false, reason: working.reason };
  return {
    applies: true,
    lastDay: working.lastDay,
    extended: working.extended,
    explanation: explainWorking(working, input.kind),
  };
}
