import {
  addCalendarMonths,
  addDays,
  compareDates,
  laterDate,
  lastDayOfMonthsBeginningWith,
  writtenDate,
} from './calendar-date.ts';
import { CancellationInputError, validateCancellationInput, type CancellationInput } from './cancellation/input.ts';
import { NO_RIGHT_REASONS, type NoRightReason } from './cancellation/reasons.ts';

export { CancellationInputError, validateCancellationInput, type CancellationInput } from './cancellation/input.ts';
export { EXCLUSIONS, type NoRightReason } from './cancellation/reasons.ts';

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
 * bound; a date can't say which hour came first, so the same day counts as on time).
 *
 * Information given late but before the first of the 14 days (goods, given on or before the day they
 * arrived): reg 31(2) counts only information given in the 12 months "beginning with the first day of the
 * 14 days", and reg 31(3) says "Otherwise" the period runs 12 months longer — read word for word, that
 * would give 12 months more; read with the purpose of the rule, the period is the normal 14 days. The law
 * doesn't plainly say which (FACTS.md), so `lastDay` is the reg 30 date, the safe date to act by, and the
 * explanation says the consumer may have longer and should ask Citizens Advice.
 *
 * Optional inputs, each left out meaning what the first contract meant:
 * - `approachedAwayFromPremises` (reg 5): an "off-premises contract" includes one made at the trader's
 *   premises immediately after the consumer was approached personally away from them.
 * - `madeToSpecification` (reg 28(1)(b): goods "made to the consumer's specifications or clearly
 *   personalised") and `urgentRepairRequested` (reg 28(1)(e): urgent repairs or maintenance the consumer
 *   specifically asked the trader to visit for): Part 3, the right to cancel, does not apply.
 */

export type CancellationResult =
  { applies: false; reason: string } | { applies: true; lastDay: string; extended: boolean; explanation: string };

const REGULATIONS_START = '2014-06-13';
/** reg 27(3) and reg 7(4): off-premises contracts of this many pence or fewer have no right to cancel. */
const LOW_PRICE_LIMIT_PENCE = 4200;

/**
 * Which provision set the last day. `late-info-before-period`: information given late but before the 14
 * days began, where the reg 30 date is the safe date and the consumer may have longer.
 */
export type CancellationRule =
  'reg30-services' | 'reg30-goods' | 'reg31-late-info' | 'late-info-before-period' | 'reg31-no-info';

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
      /** True when agreed at the trader's premises straight after they approached you away from them (reg 5). */
      approached: boolean;
      lastDay: string;
      extended: boolean;
    };

function noRight(because: NoRightReason): CancellationWorking {
  return { applies: false, because, reason: NO_RIGHT_REASONS[because] };
}

/** Throws CancellationInputError for impossible input; otherwise works out every step. */
export function workOutCancellation(input: CancellationInput): CancellationWorking {
  const checked = validateCancellationInput(input);
  if (!checked.ok) throw new CancellationInputError(checked.fields);
  const v = checked.value;

  if (compareDates(v.agreedOn, REGULATIONS_START) < 0) return noRight('before-regulations');
  const approached = !v.offPremises && v.approachedAwayFromPremises === true;
  if (!v.offPremises && !approached) return noRight('not-off-premises');
  if (Math.round(v.price * 100) <= LOW_PRICE_LIMIT_PENCE) return noRight('price-42-or-less');
  if (v.madeToSpecification === true) return noRight('made-to-specification');
  if (v.urgentRepairRequested === true) return noRight('urgent-repair');

  const countFrom = v.kind === 'goods' ? (v.lastGoodsReceivedOn ?? v.goodsReceivedOn ?? v.agreedOn) : v.agreedOn;
  const normalLastDay = addDays(countFrom, 14);
  const lateInfoDeadline = lastDayOfMonthsBeginningWith(addDays(countFrom, 1), 12);
  const base = { countFrom, normalLastDay, lateInfoDeadline, approached };
  const normalRule: CancellationRule = v.kind === 'goods' ? 'reg30-goods' : 'reg30-services';

  const onTime = v.infoGiven && (!v.infoGivenOn || compareDates(v.infoGivenOn, v.agreedOn) <= 0);
  if (onTime) return { applies: true, rule: normalRule, ...base, lastDay: normalLastDay, extended: false };

  // Late, but on or before the day the 14 days count from: the first of the 14 days had not begun.
  if (v.infoGiven && v.infoGivenOn && compareDates(v.infoGivenOn, countFrom) <= 0) {
    const rule = 'late-info-before-period';
    return { applies: true, rule, ...base, infoGivenOn: v.infoGivenOn, lastDay: normalLastDay, extended: false };
  }
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

const APPROACHED =
  'You agreed at the trader’s premises straight after they came up to you away from them. The law treats that like agreeing at home (regulation 5).';

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
  const given = writtenDate(w.infoGivenOn ?? w.countFrom);
  const why = ((): string => {
    switch (w.rule) {
      case 'reg30-services':
      case 'reg30-goods':
        return `${event} You have 14 days, starting the day after. ${last} (${reg30}).`;
      case 'reg31-late-info':
        // Always later than reg 30's date: the information came after the day the 14 days count from.
        return `The trader gave you the information about cancelling late, on ${given}. You have 14 days, starting the day after that. ${last} (regulation 31(2)).`;
      case 'late-info-before-period':
        return `${event} The trader gave you the information about cancelling late, on ${given}, but before your 14 days started. To be safe, cancel by ${writtenDate(w.lastDay)} (${reg30}). You may have longer, because the law is not clear about this. Ask Citizens Advice.`;
      case 'reg31-no-info':
        return `${event} The trader ${w.infoGivenOn ? 'gave you the information about cancelling more than 12 months late' : 'did not give you the information about cancelling'}, so you have 12 months longer than the usual 14 days. ${last} (regulation 31(3)).`;
    }
  })();
  return w.approached ? `${APPROACHED} ${why}` : why;
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
