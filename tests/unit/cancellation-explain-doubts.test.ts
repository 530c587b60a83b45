import { describe, expect, it } from 'vitest';
import type { CancellationInput } from '../../src/lib/cancellation.ts';
import { explainCancellation } from '../../src/lib/cancellation/explain.ts';

/**
 * The page's answer for the exclusions (reg 28), the "I'm not sure" answers, information given late
 * before the 14 days began, and what you may have to pay for goods (reg 34).
 */

const windows: CancellationInput = {
  agreedOn: '2026-03-02',
  kind: 'goods',
  price: 6000,
  offPremises: true,
  goodsReceivedOn: '2026-03-20',
  infoGiven: true,
};
/** The same windows, not delivered yet. */
const notYet: CancellationInput = {
  agreedOn: '2026-03-02',
  kind: 'goods',
  price: 6000,
  offPremises: true,
  infoGiven: true,
};
const roof: CancellationInput = {
  agreedOn: '2025-12-02',
  kind: 'services',
  price: 4000,
  offPremises: true,
  infoGiven: true,
};

describe('when the trader says an exclusion applies (reg 28)', () => {
  it('says the right may not apply, and still gives the date to cancel by if the trader is wrong', () => {
    const answer = explainCancellation({ ...windows, madeToSpecification: true }, 'no', '2026-03-25');
    expect(answer.status).toBe('excluded');
    expect(answer.heading).toBe('The 14-day right to cancel may not cover this contract');
    // reg 30(3): goods arrived 20 Mar 2026, + 14 = 3 Apr 2026.
    expect(answer.lastDay).toBe('2026-04-03');
    expect(answer.paragraphs).toContain(
      'If the trader is wrong about this, your last day to cancel is Friday 3 April 2026. Send it by then.',
    );
    expect(answer.regulation).toEqual({
      label:
        'Regulation 28(1)(b) of the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013',
      url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/28',
    });
    expect(answer).toMatchObject({ askAdvice: true, letter: true, payment: [] });
  });

  it('offers no letter once that date has passed, but still points to advice', () => {
    const answer = explainCancellation({ ...roof, urgentRepairRequested: true }, 'no', '2025-12-17');
    expect(answer.status).toBe('excluded');
    expect(answer.lastDay).toBeUndefined();
    expect(answer).toMatchObject({ askAdvice: true, letter: false });
    expect(answer.regulation.label).toMatch(/^Regulation 28\(1\)\(e\)/);
  });

  it('answers goods made for you before they arrive, with the letter', () => {
    const answer = explainCancellation({ ...notYet, madeToSpecification: true }, 'no', '2026-03-05');
    expect(answer.status).toBe('excluded');
    expect(answer.paragraphs).toContain('If the trader is wrong about this, you can cancel before the goods arrive.');
    expect(answer.letter).toBe(true);
  });

  it('keeps a plain "no" for the rules a trader cannot stretch, with no letter', () => {
    const answer = explainCancellation({ ...roof, offPremises: false }, 'no', '2025-12-03');
    expect(answer).toMatchObject({ status: 'no-right', letter: false, askAdvice: false });
    expect(answer.regulation.url).toBe('https://www.legislation.gov.uk/uksi/2013/3134/regulation/5');
  });
});

describe('"I’m not sure" answers keep the date and say what to do', () => {
  it('adds advice about goods the trader says were made for you', () => {
    const answer = explainCancellation(windows, 'no', '2026-03-25', ['made-to-specification']);
    expect(answer.status).toBe('can-cancel');
    expect(answer.lastDay).toBe('2026-04-03');
    expect(answer.paragraphs.at(-1)).toMatch(/Ask Citizens Advice, and cancel in writing anyway by your last day/);
    expect(answer.askAdvice).toBe(true);
  });

  it('after the safe date, "not sure" about the information is not a plain no: you may have longer', () => {
    // reg 31(3): if the information was never given, the period runs 12 months longer.
    const answer = explainCancellation(roof, 'no', '2025-12-17', ['info']);
    expect(answer.status).toBe('may-have-longer');
    expect(answer.heading).toBe('Your safe date to cancel has passed, but you may still have time');
    expect(answer).toMatchObject({ askAdvice: true, letter: true });
  });

  it('a plain no, with no doubts, stays a plain no', () => {
    expect(explainCancellation(roof, 'no', '2025-12-17')).toMatchObject({ status: 'too-late', letter: false });
  });
});

describe('information given late, before the 14 days began', () => {
  const lateWindows = { ...windows, infoGivenOn: '2026-03-10' };

  it('gives the safe date, cites reg 30(3), and points to Citizens Advice', () => {
    const answer = explainCancellation(lateWindows, 'no', '2026-03-25');
    expect(answer).toMatchObject({ status: 'can-cancel', lastDay: '2026-04-03', askAdvice: true });
    expect(answer.regulation.label).toMatch(/^Regulation 30\(3\)/);
    expect(answer.paragraphs[0]).toMatch(/You may have longer/);
  });

  it('does not say "no" once the safe date has passed', () => {
    expect(explainCancellation(lateWindows, 'no', '2026-04-04').status).toBe('may-have-longer');
  });
});

describe('reg 34: money taken off for handling the goods', () => {
  // reg 34(9), as quoted on a talkphotography.org forum thread (the words of the regulation): "If (in the
  // case of a sales contract) the value of the goods is diminished by any amount as a result of handling
  // of the goods by the consumer beyond what is necessary to establish the nature, characteristics and
  // functioning of the goods, the trader may recover that amount from the consumer, up to the contract
  // price." reg 34(11): "Paragraph (9) does not apply if the trader has failed to provide the consumer
  // with the information on the right to cancel required by paragraph (l) of Schedule 2, in accordance
  // with Part 2." Part 2 (reg 10(1) and (2), as published by betterregulation.com): "Before the consumer
  // is bound by an off-premises contract, the trader - (a) must give the consumer the information listed
  // in Schedule 2 in a clear and comprehensible manner" and "The information and any cancellation form must be given on paper or, if the
  // consumer agrees, on another durable medium". So information given late, too, was not given in
  // accordance with Part 2.
  const payment = (input: CancellationInput, today = '2026-03-25') =>
    explainCancellation(input, 'no', today).payment.join(' ');

  it('may be taken when the information was given on time', () => {
    expect(payment(windows)).toMatch(/the trader can take off some money for that \(regulation 34\(9\)\)/);
  });

  it('may not be taken when the information was never given', () => {
    const text = payment({ ...windows, infoGiven: false });
    expect(text).toMatch(/The trader cannot take off any money for how you used or handled the goods/);
    expect(text).toContain('(regulation 34(11))');
    expect(text).not.toMatch(/can take off some money/);
  });

  it('may not be taken when the information came only after you agreed', () => {
    expect(payment({ ...windows, infoGivenOn: '2026-03-10' })).toContain('(regulation 34(11))');
    expect(payment({ ...windows, infoGivenOn: '2026-03-25' }, '2026-03-26')).toContain('(regulation 34(11))');
  });

  it('says the same before the goods arrive', () => {
    expect(payment({ ...notYet, infoGiven: false }, '2026-03-05')).toContain('(regulation 34(11))');
    expect(payment(notYet, '2026-03-05')).toContain('(regulation 34(9))');
  });
});

describe('a quote from a visit, accepted later by phone, email or text (reg 5)', () => {
  // "If you had time to think first": not off-premises, so the 14 days may not apply. Never a plain "yes".
  it('says the right may not cover it, explains when it does, and gives the date to cancel by to be safe', () => {
    const answer = explainCancellation(roof, 'no', '2025-12-09', ['accepted-later']);
    expect(answer.status).toBe('unclear');
    expect(answer.heading).toBe('The 14-day right to cancel may not cover this contract');
    expect(answer.heading).not.toMatch(/^Yes/);
    expect(answer.paragraphs[0]).toContain('you said yes later. The 14-day right to cancel may not cover that.');
    expect(answer.paragraphs[1]).toContain('if you said yes while they were with you, or straight after they left');
    expect(answer.paragraphs).toContain(
      'If the 14-day right does cover it, your last day to cancel is Tuesday 16 December 2025. Send it by then.',
    );
    expect(answer.regulation.url).toBe('https://www.legislation.gov.uk/uksi/2013/3134/regulation/5');
    expect(answer).toMatchObject({ askAdvice: true, letter: true, lastDay: '2025-12-16', payment: [] });
  });

  it('offers no letter once that date has passed, and still points to advice', () => {
    const answer = explainCancellation(roof, 'no', '2025-12-17', ['accepted-later']);
    expect(answer).toMatchObject({ status: 'unclear', askAdvice: true, letter: false });
    expect(answer.lastDay).toBeUndefined();
  });

  it('lets you cancel goods before they arrive if the right does cover it', () => {
    const answer = explainCancellation(notYet, 'no', '2026-03-05', ['accepted-later']);
    expect(answer.status).toBe('unclear');
    expect(answer.paragraphs).toContain('If the 14-day right does cover it, you can cancel before the goods arrive.');
    expect(answer.letter).toBe(true);
  });

  it('keeps a plain "no" where no reading gives a right, such as £42 or less', () => {
    expect(explainCancellation({ ...roof, price: 40 }, 'no', '2025-12-09', ['accepted-later']).status).toBe('no-right');
  });
});
