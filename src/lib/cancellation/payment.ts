import { compareDates } from '../calendar-date.ts';
import type { CancellationInput } from './input.ts';

/**
 * What cancelling may cost, or pay back (regs 34–36 and 38 of SI 2013/3134), in plain words.
 *
 * - reg 36(4) and (5): after an early start asked for in writing, the consumer pays for what was supplied,
 *   in proportion to the whole, "(a) on the basis of the total price agreed in the contract, or (b) if the
 *   total price is excessive, on the basis of the market value of the service that has been supplied,
 *   calculated by comparing prices for equivalent services supplied by other traders".
 * - reg 35: for an off-premises contract, goods delivered to the home when the contract was made that
 *   cannot normally be returned by post are collected by the trader, at its own cost (FACTS.md; Trading
 *   Standards NI, "Customer's right to cancel": "you must collect without any charge").
 * - reg 38: cancelling ends an ancillary contract, such as credit the trader arranged (FACTS.md).
 *
 * `infoOnTime` is whether the trader gave the information on the right to cancel (Schedule 2 para (l))
 * on paper before you agreed, as Part 2 (reg 10) requires. When they did not — never, or only later —
 * reg 34(11) says the deduction for handling goods in reg 34(9) "does not apply if the trader has failed
 * to provide the consumer with the information on the right to cancel required by paragraph (l) of
 * Schedule 2, in accordance with Part 2", and reg 36(6) says the same of paying for work done.
 */

/** Whether the person asked, in writing, for work to start inside the 14 days (reg 36(1)). */
export type EarlyStart = 'yes' | 'no' | 'not-sure';

/** True when the information came before or on the day of the contract (reg 10; see cancellation.ts). */
export function infoGivenOnTime(input: CancellationInput): boolean {
  return input.infoGiven && (!input.infoGivenOn || compareDates(input.infoGivenOn, input.agreedOn) <= 0);
}

const GOODS_REFUND =
  'The trader must pay back what you paid within 14 days of getting the goods back, or of you showing that you sent them (regulation 34).';
const GOODS_RETURN = 'You need to give the goods back, or let the trader collect them (regulation 35).';
const BULKY_GOODS =
  'The trader must collect the goods, free, if they were left at your home when you agreed and cannot normally be sent back by post, like a sofa or paving slabs (regulation 35).';
const LINKED_CREDIT =
  'Are you paying with a loan or finance that the trader set up for you? Cancelling ends that agreement too (regulation 38).';
const HANDLING =
  'If you used the goods more than you needed to check them, the trader can take off some money for that (regulation 34(9)).';
const NO_HANDLING_DEDUCTION =
  'The trader cannot take off any money for how you used or handled the goods. This is because they did not give you the information about cancelling, on paper, before you agreed (regulation 34(11)).';

export function paymentAdvice(input: CancellationInput, earlyStart: EarlyStart, infoOnTime: boolean): string[] {
  if (input.kind === 'goods') {
    return [GOODS_REFUND, GOODS_RETURN, BULKY_GOODS, infoOnTime ? HANDLING : NO_HANDLING_DEDUCTION, LINKED_CREDIT];
  }
  const refund =
    'The trader must pay back what you paid within 14 days of you telling them you are cancelling (regulation 34).';
  if (!infoOnTime) {
    return [
      'You do not have to pay anything for work done so far. This is because the trader did not give you the information about cancelling, on paper, before you agreed (regulation 36(6)).',
      refund,
      LINKED_CREDIT,
    ];
  }
  if (earlyStart === 'no') {
    return [
      'You do not have to pay anything for work done so far, because you did not ask in writing for it to start early (regulation 36(6)).',
      refund,
      LINKED_CREDIT,
    ];
  }
  const fairShare =
    'you may have to pay for the work done up to the day you tell them you are cancelling. It must be a fair share of the full price: if a quarter of the work is done, that is about a quarter of the price (regulation 36(4)).';
  // Rogue traders' prices are often far above the going rate: the share is then of what the work is worth.
  const excessive =
    'If the full price was far too high, the share is worked out on what the work done is really worth: what other traders would charge for it (regulation 36(5)).';
  const finished =
    'If all the work is already finished, and they told you that you would lose your right to cancel when it was, you may not be able to cancel (regulation 36(2)).';
  if (earlyStart === 'yes')
    return [
      `You asked in writing for the work to start early. If you cancel, ${fairShare}`,
      excessive,
      finished,
      refund,
      LINKED_CREDIT,
    ];
  return [
    'If you did not ask in writing for the work to start early, you pay nothing for work done so far (regulation 36(6)).',
    `If you did ask in writing, ${fairShare}`,
    excessive,
    refund,
    LINKED_CREDIT,
  ];
}
