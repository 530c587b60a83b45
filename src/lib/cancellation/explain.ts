import { compareDates, daysBetween, writtenDate } from '../calendar-date.ts';
import { infoGivenOnTime, paymentAdvice, type EarlyStart } from './payment.ts';
import { acceptedLaterAnswer, noRightAnswer, regulation } from './not-covered.ts';
import { explainWorking, workOutCancellation, type CancellationInput, type CancellationRule } from '../cancellation.ts';
import type { CancellationAnswer } from './answer.ts';

export type { EarlyStart } from './payment.ts';
export type { AnswerStatus, CancellationAnswer } from './answer.ts';

/**
 * The calculator's answer in plain words for the "Can I still cancel?" page: yes or no, the last day
 * written out, the regulation it comes from, and what you might have to pay. Short sentences (reading age
 * about 9). `today` is passed in (the page reads the UK date), so this stays pure and testable.
 */

export type Doubt = 'made-to-specification' | 'urgent-repair' | 'info' | 'accepted-later';

const RULE_REGULATION: Record<CancellationRule, string> = {
  'reg30-services': '30',
  'reg30-goods': '30',
  'reg31-late-info': '31',
  'late-info-before-period': '30',
  'reg31-no-info': '31',
};

function paragraphOf(rule: CancellationRule, kind: CancellationInput['kind'], extended: boolean): string {
  if (rule === 'reg31-no-info') return '(3)';
  if (rule === 'reg31-late-info' && extended) return '(2)';
  return kind === 'goods' ? '(3)' : '(2)';
}

const DOUBTS: Record<Exclude<Doubt, 'accepted-later'>, string> = {
  'made-to-specification':
    'The trader may say the goods were made for you, so you cannot cancel. That is only true for goods made to your own measurements or choices, or clearly personalised. Ask Citizens Advice, and cancel in writing anyway by your last day.',
  'urgent-repair':
    'If you asked the trader to come and do an urgent repair, you may not be able to cancel that repair. Ask Citizens Advice, and cancel in writing anyway by your last day.',
  info: 'If the trader did not give you the information about cancelling, on paper, before you agreed, you may have longer. Keep all your papers and ask Citizens Advice.',
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
  doubts: readonly Doubt[] = [],
): CancellationAnswer {
  const unsure = doubts.flatMap((d) => (d === 'accepted-later' ? [] : [DOUBTS[d]]));
  const askAdvice = doubts.length > 0;
  const acceptedLater = doubts.includes('accepted-later');
  const later = () => acceptedLaterAnswer(input, unsure, today);
  if (input.kind === 'goods' && !input.goodsReceivedOn) {
    // Still reject impossible dates and prices, and answer the rules that don't depend on a delivery.
    const early = workOutCancellation({ ...input, kind: 'services' });
    if (!early.applies) return noRightAnswer(input, early.because, early.reason, today);
    if (acceptedLater) return later();
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
  if (acceptedLater) return later();

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
