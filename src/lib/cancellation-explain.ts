import { compareDates, daysBetween, writtenDate } from './calendar-date.ts';
import {
  explainWorking,
  workOutCancellation,
  type CancellationInput,
  type CancellationRule,
  type NoRightReason,
} from './cancellation.ts';

/**
 * The calculator's answer in plain words for the "Can I still cancel?" page: yes or no, the last day
 * written out, the regulation it comes from, and what you might have to pay. Short sentences (reading age
 * about 9). `today` is passed in (the page reads the UK date), so this stays pure and testable.
 */

export const REGULATIONS_TITLE =
  'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013';
export const REGULATIONS_URL = 'https://www.legislation.gov.uk/uksi/2013/3134';

/** Whether the person asked, in writing, for work to start inside the 14 days (reg 36(1)). */
export type EarlyStart = 'yes' | 'no' | 'not-sure';

export type AnswerStatus = 'can-cancel' | 'last-day-today' | 'too-late' | 'no-right' | 'goods-not-arrived';

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
}

const RULE_REGULATION: Record<CancellationRule, string> = {
  'reg30-services': '30',
  'reg30-goods': '30',
  'reg31-late-info': '31',
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

/** What cancelling may cost, or pay back (regs 34–36). */
export function paymentAdvice(input: CancellationInput, earlyStart: EarlyStart, infoOnTime: boolean): string[] {
  if (input.kind === 'goods') {
    return [
      'The trader must pay back what you paid within 14 days of getting the goods back, or of you showing that you sent them (regulation 34).',
      'You need to give the goods back. The trader may offer to collect them (regulation 35).',
      'If you used the goods more than you needed to check them, the trader can take off some money for that (regulation 34).',
    ];
  }
  const refund =
    'The trader must pay back what you paid within 14 days of you telling them you are cancelling (regulation 34).';
  if (!infoOnTime) {
    return [
      'You do not have to pay anything for work done so far. This is because the trader did not give you the cancellation form when you agreed (regulation 36(6)).',
      refund,
    ];
  }
  if (earlyStart === 'no') {
    return [
      'You do not have to pay anything for work done so far, because you did not ask in writing for it to start early (regulation 36(6)).',
      refund,
    ];
  }
  const fairShare =
    'you may have to pay for the work done up to the day you tell them you are cancelling. It must be a fair share of the full price: if a quarter of the work is done, that is about a quarter of the price (regulation 36(4)).';
  const finished =
    'If all the work is already finished, and they told you that you would lose your right to cancel when it was, you may not be able to cancel (regulation 36(2)).';
  if (earlyStart === 'yes')
    return [`You asked in writing for the work to start early. If you cancel, ${fairShare}`, finished, refund];
  return [
    'If you did not ask in writing for the work to start early, you pay nothing for work done so far (regulation 36(6)).',
    `If you did ask in writing, ${fairShare}`,
    refund,
  ];
}

const NO_RIGHT_REGULATION: Record<NoRightReason, [string, string]> = {
  'before-regulations': ['1', '(2)'],
  'not-off-premises': ['27', '(1)'],
  'price-42-or-less': ['27', '(3)'],
};

const SENDING =
  'You only need to send your letter or email by the end of your last day. It does not matter if it arrives later.';
const WEEKENDS = 'The 14 days include weekends and bank holidays.';

/**
 * The whole answer. `input` may leave out `goodsReceivedOn` for goods that have not arrived yet; every
 * other impossible answer throws CancellationInputError, as `cancellationPeriod` does.
 */
export function explainCancellation(
  input: CancellationInput,
  earlyStart: EarlyStart,
  today: string,
): CancellationAnswer {
  if (input.kind === 'goods' && !input.goodsReceivedOn) {
    workOutCancellation({ ...input, kind: 'services' }); // still reject impossible dates and prices
    return {
      status: 'goods-not-arrived',
      heading: 'Yes, you can cancel now',
      paragraphs: [
        'You can cancel before the goods arrive. Your 14 days start the day after they arrive, or the day after the last delivery if they come in parts.',
        'Come back when the goods arrive to find your last day.',
      ],
      regulation: regulation('30', '(3)'),
      payment: paymentAdvice(input, earlyStart, true),
    };
  }

  const working = workOutCancellation(input);
  if (!working.applies) {
    const [number, paragraph] = NO_RIGHT_REGULATION[working.because];
    return {
      status: 'no-right',
      heading: 'The 14-day right to cancel does not cover this contract',
      paragraphs: [
        working.reason,
        'You may still have other rights, for example if the work is poor or the trader misled you.',
      ],
      regulation: regulation(number, paragraph),
      payment: [],
    };
  }

  const infoOnTime = working.rule === 'reg30-services' || working.rule === 'reg30-goods';
  const written = writtenDate(working.lastDay);
  const reg = regulation(RULE_REGULATION[working.rule], paragraphOf(working.rule, input.kind, working.extended));
  const why = explainWorking(working, input.kind);
  const payment = paymentAdvice(input, earlyStart, infoOnTime);
  const common = { lastDay: working.lastDay, lastDayWritten: written, regulation: reg };

  if (compareDates(today, working.lastDay) > 0) {
    return {
      status: 'too-late',
      heading: 'No, your time to cancel has ended',
      ...common,
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
    ],
    payment,
  };
}
