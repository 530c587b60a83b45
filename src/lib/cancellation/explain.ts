import { compareDates, daysBetween, writtenDate } from '../calendar-date.ts';
import { infoGivenOnTime, paymentAdvice, type EarlyStart } from './payment.ts';
import {
  EXCLUSIONS,
  explainWorking,
  workOutCancellation,
  type CancellationInput,
  type CancellationRule,
  type NoRightReason,
} from '../cancellation.ts';

export type { EarlyStart } from './payment.ts';

/**
 * The calculator's answer in plain words for the "Can I still cancel?" page: yes or no, the last day
 * written out, the regulation it comes from, and what you might have to pay. Short sentences (reading age
 * about 9). `today` is passed in (the page reads the UK date), so this stays pure and testable.
 */

const REGULATIONS_TITLE = 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013';
const REGULATIONS_URL = 'https://www.legislation.gov.uk/uksi/2013/3134';

/**
 * `excluded`: a reg 28 exclusion (made to your specifications, an urgent repair you asked for). The trader
 * may be wrong about it, so the answer still gives the date to cancel by, to be safe, while there is one.
 */
export type AnswerStatus =
  | 'can-cancel'
  | 'last-day-today'
  | 'too-late'
  /** The safe date has passed, but the law may give longer (late information, or "not sure" about it). */
  | 'may-have-longer'
  | 'no-right'
  | 'excluded'
  | 'goods-not-arrived';

/** Answers the person gave as "I'm not sure": each adds what to do, and never changes the date. */
export type Doubt = 'made-to-specification' | 'urgent-repair' | 'info';

export interface CancellationAnswer {
  status: AnswerStatus;
  /** One short line: the answer to "Can I still cancel?". */
  heading: string;
  /** The last day as YYYY-MM-DD and written out ("Tuesday 16 December 2025"), when there is one. */
  lastDay?: string;
  lastDayWritten?: string;
  /** Plain sentences: why, and what to do. */
  paragraphs: string[];
  /** The regulation the date (or the "no") comes from, and a link to its text. */
  regulation: { label: string; url: string };
  /** What you may have to pay, or get back, if you cancel. */
  payment: string[];
  /** True when the answer tells you to ask Citizens Advice: the page shows the number and its hours. */
  askAdvice: boolean;
  /** True when the page should offer the cancellation letter (there is, or may be, a right to cancel). */
  letter: boolean;
}

const RULE_REGULATION: Record<CancellationRule, string> = {
  'reg30-services': '30',
  'reg30-goods': '30',
  'reg31-late-info': '31',
  'late-info-before-period': '30',
  'reg31-no-info': '31',
};

function regulation(number: string, paragraph: string): CancellationAnswer['regulation'] {
  return {
    label: `Regulation ${number}${paragraph} of the ${REGULATIONS_TITLE}`,
    url: `${REGULATIONS_URL}/regulation/${number}`,
  };
}

function paragraphOf(rule: CancellationRule, kind: CancellationInput['kind'], extended: boolean): string {
  if (rule === 'reg31-no-info') return '(3)';
  if (rule === 'reg31-late-info' && extended) return '(2)';
  return kind === 'goods' ? '(3)' : '(2)';
}

const NO_RIGHT_REGULATION: Record<NoRightReason, [string, string]> = {
  'before-regulations': ['1', '(2)'],
  'not-off-premises': ['5', ''],
  'price-42-or-less': ['27', '(3)'],
  'made-to-specification': ['28', '(1)(b)'],
  'urgent-repair': ['28', '(1)(e)'],
};

const DOUBTS: Record<Doubt, string> = {
  'made-to-specification':
    'The trader may say the goods were made for you, so you cannot cancel. That is only true for goods made to your own measurements or choices, or clearly personalised. Ask Citizens Advice, and cancel in writing anyway by your last day.',
  'urgent-repair':
    'If you asked the trader to come and do an urgent repair, you may not be able to cancel that repair. Ask Citizens Advice, and cancel in writing anyway by your last day.',
  info: 'If the trader did not give you the information about cancelling, on paper, before you agreed, you may have longer. Keep all your papers and ask Citizens Advice.',
};

const SENDING =
  'You only need to send your letter or email by the end of your last day. It does not matter if it arrives later.';
const WEEKENDS = 'The 14 days include weekends and bank holidays.';
const OTHER_RIGHTS = 'You may still have other rights, for example if the work is poor or the trader misled you.';

/** No right at all, or a reg 28 exclusion with the date to cancel by in case the trader is wrong. */
function noRightAnswer(
  input: CancellationInput,
  because: NoRightReason,
  reason: string,
  today: string,
): CancellationAnswer {
  const [number, paragraph] = NO_RIGHT_REGULATION[because];
  const common = { regulation: regulation(number, paragraph), payment: [] };
  if (!EXCLUSIONS.includes(because)) {
    return {
      status: 'no-right',
      heading: 'The 14-day right to cancel does not cover this contract',
      paragraphs: [reason, OTHER_RIGHTS],
      askAdvice: false,
      letter: false,
      ...common,
    };
  }
  const heading = 'The 14-day right to cancel may not cover this contract';
  const ifWrong = { ...input, madeToSpecification: false, urgentRepairRequested: false };
  const notArrived = input.kind === 'goods' && !input.goodsReceivedOn;
  const safe = notArrived ? undefined : workOutCancellation(ifWrong);
  const paragraphs = [reason];
  if (notArrived) paragraphs.push('If the trader is wrong about this, you can cancel before the goods arrive.');
  let dates: { lastDay?: string; lastDayWritten?: string } = {};
  if (safe?.applies && compareDates(today, safe.lastDay) <= 0) {
    const written = writtenDate(safe.lastDay);
    paragraphs.push(`If the trader is wrong about this, your last day to cancel is ${written}. Send it by then.`);
    dates = { lastDay: safe.lastDay, lastDayWritten: written };
  }
  paragraphs.push(OTHER_RIGHTS);
  // The letter is offered while cancelling could still count: before the safe date, or goods not yet here.
  const letter = notArrived || 'lastDay' in dates;
  return { status: 'excluded', heading, paragraphs, askAdvice: true, letter, ...dates, ...common };
}

/**
 * The whole answer. `input` may leave out `goodsReceivedOn` for goods that have not arrived yet; every
 * other impossible answer throws CancellationInputError, as `cancellationPeriod` does.
 */
export function explainCancellation(
  input: CancellationInput,
  earlyStart: EarlyStart,
  today: string,
  doubts: readonly Doubt[] = [],
): CancellationAnswer {
  const unsure = doubts.map((d) => DOUBTS[d]);
  const askAdvice = doubts.length > 0;
  if (input.kind === 'goods' && !input.goodsReceivedOn) {
    // Still reject impossible dates and prices, and answer the rules that don't depend on a delivery.
    const early = workOutCancellation({ ...input, kind: 'services' });
    if (!early.applies) return noRightAnswer(input, early.because, early.reason, today);
    return {
      status: 'goods-not-arrived',
      heading: 'Yes, you can cancel now',
      paragraphs: [
        'You can cancel before the goods arrive. Your 14 days start the day after they arrive, or the day after the last delivery if they come in parts.',
        'Come back when the goods arrive to find your last day.',
        ...unsure,
      ],
      regulation: regulation('30', '(3)'),
      payment: paymentAdvice(input, earlyStart, infoGivenOnTime(input)),
      askAdvice,
      letter: true,
    };
  }

  const working = workOutCancellation(input);
  if (!working.applies) return noRightAnswer(input, working.because, working.reason, today);

  const infoOnTime = working.rule === 'reg30-services' || working.rule === 'reg30-goods';
  const written = writtenDate(working.lastDay);
  const reg = regulation(RULE_REGULATION[working.rule], paragraphOf(working.rule, input.kind, working.extended));
  const why = explainWorking(working, input.kind);
  const payment = paymentAdvice(input, earlyStart, infoOnTime);
  const common = {
    lastDay: working.lastDay,
    lastDayWritten: written,
    regulation: reg,
    askAdvice: askAdvice || working.rule === 'late-info-before-period',
  };

  if (compareDates(today, working.lastDay) > 0) {
    // When the date may be later than the safe one, a passed safe date is not a plain "no".
    const mayHaveLonger = working.rule === 'late-info-before-period' || doubts.includes('info');
    if (mayHaveLonger) {
      return {
        status: 'may-have-longer',
        heading: 'Your safe date to cancel has passed, but you may still have time',
        ...common,
        askAdvice: true,
        letter: true,
        paragraphs: [why, ...unsure, 'Ask Citizens Advice now. To be safe, send your letter or email today as well.'],
        payment: [],
      };
    }
    return {
      status: 'too-late',
      heading: 'No, your time to cancel has ended',
      ...common,
      letter: false,
      paragraphs: [
        why,
        'Your 14-day right to cancel has ended. You may still have other rights, for example if the work is poor or the trader misled or pressured you.',
      ],
      payment: [],
    };
  }
  const left = daysBetween(today, working.lastDay);
  const isLastDay = left === 0;
  return {
    status: isLastDay ? 'last-day-today' : 'can-cancel',
    heading: isLastDay ? 'Yes, but today is your last day to cancel' : 'Yes, you can still cancel',
    ...common,
    paragraphs: [
      why,
      isLastDay ? 'Send your letter or email today.' : `That is ${left === 1 ? '1 day' : `${left} days`} from today.`,
      SENDING,
      WEEKENDS,
      ...unsure,
    ],
    payment,
    letter: true,
  };
}
