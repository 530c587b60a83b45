import { compareDates, writtenDate } from '../calendar-date.ts';
import { EXCLUSIONS, workOutCancellation, type CancellationInput, type NoRightReason } from '../cancellation.ts';
import type { CancellationAnswer } from './answer.ts';

/**
 * The answers that are not a plain "yes": no right to cancel at all, and "may not cover" — a reg 28
 * exclusion the trader claims, or a quote from a home visit accepted later — which still give the date to
 * cancel by, to be safe. Plain words, short sentences (reading age about 9).
 */

const REGULATIONS_TITLE = 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013';
const REGULATIONS_URL = 'https://www.legislation.gov.uk/uksi/2013/3134';

export function regulation(number: string, paragraph: string): CancellationAnswer['regulation'] {
  return {
    label: `Regulation ${number}${paragraph} of the ${REGULATIONS_TITLE}`,
    url: `${REGULATIONS_URL}/regulation/${number}`,
  };
}

const NO_RIGHT_REGULATION: Record<NoRightReason, [string, string]> = {
  'before-regulations': ['1', '(2)'],
  'not-off-premises': ['5', ''],
  'price-42-or-less': ['27', '(3)'],
  'made-to-specification': ['28', '(1)(b)'],
  'urgent-repair': ['28', '(1)(e)'],
};

const OTHER_RIGHTS = 'You may still have other rights, for example if the work is poor or the trader misled you.';
const IF_IN_DOUBT = 'Ask Citizens Advice. To be safe, cancel in writing anyway, before the 14 days end.';

/**
 * A quote accepted later (Trading Standards NI, "Understanding contract types when you provide a quotation":
 * a quote left at the home "giving them time to decide" is "treated as an on-premises contract"; "during or
 * immediately after your visit" it is off-premises). Reg 5 also makes it off-premises when the consumer
 * made an offer while the trader was there (Business Companion, off-premises sales).
 */
const ACCEPTED_LATER = [
  'The trader came to your home, but you said yes later. The 14-day right to cancel may not cover that. If you had time to think first, the law usually treats it like buying in a shop (regulation 5).',
  'It does cover it if you said yes while they were with you, or straight after they left. It also covers it if you signed an order or made them an offer while they were there.',
];

/** No right at all, or a reg 28 exclusion with the date to cancel by in case the trader is wrong. */
export function noRightAnswer(
  input: CancellationInput,
  because: NoRightReason,
  reason: string,
  today: string,
): CancellationAnswer {
  const [number, paragraph] = NO_RIGHT_REGULATION[because];
  if (!EXCLUSIONS.includes(because)) {
    return {
      status: 'no-right',
      heading: 'The 14-day right to cancel does not cover this contract',
      paragraphs: [reason, OTHER_RIGHTS],
      regulation: regulation(number, paragraph),
      payment: [],
      askAdvice: false,
      letter: false,
    };
  }
  const ifWrong = { ...input, madeToSpecification: false, urgentRepairRequested: false };
  return mayNotCover(ifWrong, 'excluded', [reason], regulation(number, paragraph), today);
}

/** What "if" the date depends on, in the words of each "may not cover" answer. */
const IF_COVERED: Record<'excluded' | 'unclear', string> = {
  excluded: 'If the trader is wrong about this',
  unclear: 'If the 14-day right does cover it',
};

/**
 * "May not cover": the right turns on something this page cannot decide (an exclusion the trader claims, or
 * a quote accepted later). It still gives the date to cancel by, to be safe, worked out from `ifCovered`
 * (the contract as if the right applies), while there is one, and offers the letter while cancelling could
 * still count: before that date, or before goods arrive.
 */
function mayNotCover(
  ifCovered: CancellationInput,
  status: 'excluded' | 'unclear',
  reasons: string[],
  reg: CancellationAnswer['regulation'],
  today: string,
): CancellationAnswer {
  const notArrived = ifCovered.kind === 'goods' && !ifCovered.goodsReceivedOn;
  const safe = notArrived ? undefined : workOutCancellation(ifCovered);
  const paragraphs = [...reasons];
  if (notArrived) paragraphs.push(`${IF_COVERED[status]}, you can cancel before the goods arrive.`);
  let dates: { lastDay?: string; lastDayWritten?: string } = {};
  if (safe?.applies && compareDates(today, safe.lastDay) <= 0) {
    const written = writtenDate(safe.lastDay);
    paragraphs.push(`${IF_COVERED[status]}, your last day to cancel is ${written}. Send it by then.`);
    dates = { lastDay: safe.lastDay, lastDayWritten: written };
  }
  if (status === 'unclear') paragraphs.push(IF_IN_DOUBT);
  paragraphs.push(OTHER_RIGHTS);
  const letter = notArrived || 'lastDay' in dates;
  const heading = 'The 14-day right to cancel may not cover this contract';
  return { status, heading, paragraphs, regulation: reg, payment: [], askAdvice: true, letter, ...dates };
}

/** A quote from a home visit, accepted later by phone, email or text: the 14 days may not cover it (reg 5). */
export function acceptedLaterAnswer(input: CancellationInput, unsure: string[], today: string): CancellationAnswer {
  return mayNotCover(input, 'unclear', [...ACCEPTED_LATER, ...unsure], regulation('5', ''), today);
}
