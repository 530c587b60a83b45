import { describe, expect, it } from 'vitest';
import {
  cancellationPeriod,
  CancellationInputError,
  validateCancellationInput,
  type CancellationInput,
} from '../../src/lib/cancellation.ts';
import { driveway } from '../support/cancellation-cases.ts';

/**
 * The contract's optional inputs (DESIGN.md, "Contract: cancellation calculator"), each reasoned from the
 * text of SI 2013/3134. Where the words of the regulation itself were not in reach of the search tool,
 * the test says so and quotes what was found instead; the last day is always worked out by hand.
 */

const windows = { ...driveway, kind: 'goods', agreedOn: '2026-03-02', goodsReceivedOn: '2026-03-20' } as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('each optional input, left out or false, changes nothing', () => {
  it.each([
    ['madeToSpecification', { madeToSpecification: false }],
    ['urgentRepairRequested', { urgentRepairRequested: false }],
    ['approachedAwayFromPremises', { approachedAwayFromPremises: false }],
  ])('%s: false gives the same answer as leaving it out', (_name, extra) => {
    expect(cancellationPeriod({ ...driveway, ...extra })).toEqual(cancellationPeriod(driveway));
    expect(cancellationPeriod({ ...windows, ...extra })).toEqual(cancellationPeriod(windows));
  });

  it('rejects an answer that is not true or false', () => {
    const input = { ...driveway, madeToSpecification: 'yes' } as unknown as CancellationInput;
    const error = thrown(() => cancellationPeriod(input));
    expect(error).toBeInstanceOf(CancellationInputError);
    expect((error as CancellationInputError).fields).toEqual({
      madeToSpecification: 'Say whether the goods were made to your specifications',
    });
  });

  it('keeps the optional answers it checked', () => {
    const input = { ...driveway, urgentRepairRequested: true, approachedAwayFromPremises: false };
    expect(validateCancellationInput(input)).toEqual({ ok: true, value: input });
  });
});

describe('reg 28(1)(b): goods made to your specifications or clearly personalised', () => {
  // Reg 28(1)(b), as quoted by Citizens Advice's Adviser magazine ("Can consumers cancel contracts for
  // goods made to their specifications?", 2016): Part 3 does not cover "the supply of goods that are made
  // to the consumer's specification or are clearly personalised". Part 3 is the right to cancel.
  it('has no right to cancel, and says what to do if the trader is wrong about it', () => {
    const result = cancellationPeriod({ ...windows, madeToSpecification: true });
    if (result.applies) throw new Error('expected no right to cancel');
    expect(result.reason).toContain('regulation 28(1)(b)');
    expect(result.reason).toMatch(/made-to-measure windows/);
    expect(result.reason).toMatch(/trader only says so, ask Citizens Advice/);
    expect(result.reason).toMatch(/cancel in writing anyway, before the 14 days end/);
  });

  it('follows the contract for any kind: true means no right', () => {
    expect(cancellationPeriod({ ...driveway, madeToSpecification: true })).toMatchObject({ applies: false });
  });

  it('answers the £42 rule first: at £42 or less nothing in Part 3 applies anyway (reg 27(3))', () => {
    const result = cancellationPeriod({ ...windows, price: 42, madeToSpecification: true });
    expect(result).toMatchObject({ applies: false, reason: expect.stringContaining('£42 or less') as unknown });
  });
});

describe('reg 28(1)(e): urgent repairs you asked the trader to come and do', () => {
  // The words of reg 28(1)(e) were not in reach. FACTS.md (checked December 2026): "urgent repairs or
  // maintenance where the consumer specifically asked the trader to visit". nibusinessinfo.co.uk
  // ("Exemptions to the right to cancel for doorstep selling"): "Any additional work carried out whilst at
  // the customers property that is not part of the urgent repairs or maintenance will still carry a right
  // to cancel."
  it('has no right to cancel the repair, but says extra work still has it, and what to do if in doubt', () => {
    const result = cancellationPeriod({ ...driveway, urgentRepairRequested: true });
    if (result.applies) throw new Error('expected no right to cancel');
    expect(result.reason).toContain('regulation 28(1)(e)');
    expect(result.reason).toMatch(/that you asked the trader to come and do/);
    expect(result.reason).toMatch(/still covers any other work or goods they sold you while they were there/);
    expect(result.reason).toMatch(/If you did not ask them to come, or the work was not urgent, this does not apply/);
    expect(result.reason).toMatch(/ask Citizens Advice\. To be safe, cancel in writing anyway/);
  });
});

describe('reg 5: agreed at the trader’s premises straight after they approached you away from them', () => {
  // The words of reg 5 were not in reach. FACTS.md: an "off-premises contract" "also covers one made at
  // the trader's premises immediately after the consumer was approached personally away from them". The
  // Directive it implements (2011/83/EU, recital 21, as quoted by markellaw.co.uk): "situations where the
  // consumer is personally and individually addressed in an off-premises context but the contract is
  // concluded immediately afterwards on the business premises of the trader".
  it('is treated as off-premises: the same 14 days, with regulation 5 named', () => {
    const result = cancellationPeriod({ ...driveway, offPremises: false, approachedAwayFromPremises: true });
    // reg 30(2): agreed 2 Dec 2025, 2 + 14 = 16 Dec 2025.
    expect(result).toMatchObject({ applies: true, lastDay: '2025-12-16', extended: false });
    if (result.applies) {
      expect(result.explanation).toMatch(/^You agreed at the trader’s premises straight after they came up to you/);
      expect(result.explanation).toContain('(regulation 5)');
    }
  });

  it('still gets the 12 months longer when no information was given (reg 31(3))', () => {
    const input = { ...driveway, offPremises: false, approachedAwayFromPremises: true, infoGiven: false };
    expect(cancellationPeriod(input)).toMatchObject({ applies: true, lastDay: '2026-12-16', extended: true });
  });

  it('changes nothing for a contract already agreed at home', () => {
    const result = cancellationPeriod({ ...driveway, approachedAwayFromPremises: true });
    expect(result).toEqual(cancellationPeriod(driveway));
  });

  it('without the approach, says there is no right, and names the approach the law does cover', () => {
    const result = cancellationPeriod({ ...driveway, offPremises: false });
    if (result.applies) throw new Error('expected no right to cancel');
    expect(result.reason).toMatch(/straight after the trader came up to you at home or in the street \(regulation 5\)/);
  });
});

describe('information given late, but before the 14 days began', () => {
  // reg 31(2), as quoted in src/lib/cancellation.ts: information given "in the period of 12 months
  // beginning with the first day of the 14 days" ends the period 14 days after the day it is received;
  // reg 31(3): "Otherwise the cancellation period ends at the end of 12 months after the day on which it
  // would have ended under regulation 30." reg 30(3): for goods, the 14 days run from the day after the
  // goods come into the consumer's physical possession. Information given after the contract but on or
  // before the delivery day came before the first of the 14 days, so reg 31(2)'s words do not plainly
  // fit (FACTS.md): the safe date is reg 30's, and the consumer may have longer.
  const late = (infoGivenOn: string, extra: Partial<CancellationInput> = {}) =>
    cancellationPeriod({ ...windows, infoGivenOn, ...extra });

  it('gives the reg 30 date as the safe date, and says you may have longer and to ask Citizens Advice', () => {
    // Goods arrived 20 Mar 2026: 20 + 14 = 34, less 31 days of March = 3 Apr 2026.
    const result = late('2026-03-10');
    expect(result).toMatchObject({ applies: true, lastDay: '2026-04-03', extended: false });
    if (!result.applies) return;
    expect(result.explanation).toContain('on Tuesday 10 March 2026, but before your 14 days started');
    expect(result.explanation).toContain('To be safe, cancel by Friday 3 April 2026 (regulation 30(3))');
    expect(result.explanation).toMatch(
      /You may have longer, because the law is not clear about this\. Ask Citizens Advice\./,
    );
  });

  it('treats the delivery day itself as before the 14 days: they begin the day after', () => {
    expect(late('2026-03-20')).toMatchObject({ lastDay: '2026-04-03', extended: false });
    const result = late('2026-03-20');
    if (result.applies) expect(result.explanation).toMatch(/You may have longer/);
  });

  it('counts from the last of several deliveries (reg 30(4)): information between deliveries is before the 14 days', () => {
    // Last delivery 29 May 2026: 29 + 14 = 43, less 31 = 12 Jun 2026.
    const result = late('2026-05-10', {
      agreedOn: '2026-05-01',
      goodsReceivedOn: '2026-05-04',
      lastGoodsReceivedOn: '2026-05-29',
    });
    expect(result).toMatchObject({ applies: true, lastDay: '2026-06-12', extended: false });
    if (result.applies) expect(result.explanation).toMatch(/You may have longer/);
  });

  it('once the 14 days have begun, reg 31(2) plainly applies: 14 days from the day after, and no doubt', () => {
    // Information on 21 Mar 2026, the first of the 14 days: 21 + 14 = 35, less 31 = 4 Apr 2026.
    const result = late('2026-03-21');
    expect(result).toMatchObject({ applies: true, lastDay: '2026-04-04', extended: true });
    if (result.applies) {
      expect(result.explanation).toContain('(regulation 31(2))');
      expect(result.explanation).not.toMatch(/may have longer/);
    }
  });

  it('information on the day of the contract is on time (reg 10: before you are bound), with no doubt', () => {
    const result = late('2026-03-02');
    expect(result).toMatchObject({ lastDay: '2026-04-03', extended: false });
    if (result.applies) expect(result.explanation).not.toMatch(/may have longer/);
  });
});
