import { describe, expect, it } from 'vitest';
import {
  cancellationPeriod,
  CancellationInputError,
  validateCancellationInput,
  workOutCancellation,
} from '../../src/lib/cancellation.ts';
import { parsePounds } from '../../src/lib/cancellation/input.ts';
import { driveway } from '../support/cancellation-cases.ts';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('when the right to cancel applies', () => {
  it('answers the contract shape for a £4,000 driveway agreed at the kitchen table', () => {
    const result = cancellationPeriod(driveway);
    expect(result).toEqual({
      applies: true,
      lastDay: '2025-12-16',
      extended: false,
      explanation: expect.stringContaining('Tuesday 16 December 2025') as unknown,
    });
  });

  it('names the regulation and the day it counts from in the explanation', () => {
    const result = cancellationPeriod(driveway);
    if (!result.applies) throw new Error('expected the right to apply');
    expect(result.explanation).toContain('regulation 30(2)');
    expect(result.explanation).toContain('You agreed on Tuesday 2 December 2025');
  });

  it('cites regulation 31(3) when no cancellation form was given', () => {
    const result = cancellationPeriod({ ...driveway, infoGiven: false });
    expect(result).toMatchObject({ applies: true, lastDay: '2026-12-16', extended: true });
    if (result.applies) expect(result.explanation).toContain('regulation 31(3)');
  });

  it('cites regulation 31(2) when the form came late', () => {
    const result = cancellationPeriod({ ...driveway, infoGivenOn: '2025-12-10' });
    expect(result).toMatchObject({ applies: true, lastDay: '2025-12-24', extended: true });
    if (result.applies) expect(result.explanation).toContain('regulation 31(2)');
  });

  it('ignores an information date when no form was given', () => {
    const result = cancellationPeriod({ ...driveway, infoGiven: false, infoGivenOn: '2025-12-10' });
    expect(result).toMatchObject({ lastDay: '2026-12-16' });
  });

  it('ignores delivery dates for a service', () => {
    const result = cancellationPeriod({ ...driveway, goodsReceivedOn: '2025-12-20' });
    expect(result).toMatchObject({ lastDay: '2025-12-16' });
  });

  it('uses the only delivery when no last delivery is given, exactly as the contract reads', () => {
    const input = { ...driveway, kind: 'goods', goodsReceivedOn: '2025-12-05' } as const;
    expect(cancellationPeriod(input)).toMatchObject({ lastDay: '2025-12-19' });
    expect(cancellationPeriod({ ...input, lastGoodsReceivedOn: '2025-12-05' })).toMatchObject({
      lastDay: '2025-12-19',
    });
  });

  it('keeps the whole working for the explanation page', () => {
    expect(workOutCancellation({ ...driveway, infoGivenOn: '2025-12-10' })).toEqual({
      applies: true,
      rule: 'reg31-late-info',
      countFrom: '2025-12-02',
      normalLastDay: '2025-12-16',
      lateInfoDeadline: '2026-12-02',
      infoGivenOn: '2025-12-10',
      approached: false,
      lastDay: '2025-12-24',
      extended: true,
    });
  });
});

describe('when the right to cancel does not apply', () => {
  it('does not apply at exactly £42 (not "more than £42")', () => {
    const result = cancellationPeriod({ ...driveway, price: 42 });
    expect(result).toMatchObject({ applies: false, reason: expect.stringContaining('£42 or less') as unknown });
  });

  it('applies at £42.01', () => {
    expect(cancellationPeriod({ ...driveway, price: 42.01 })).toMatchObject({ applies: true });
  });

  it('does not apply to a free contract', () => {
    expect(cancellationPeriod({ ...driveway, price: 0 })).toMatchObject({ applies: false });
  });

  it('does not apply to a contract agreed at the trader’s premises', () => {
    const result = cancellationPeriod({ ...driveway, offPremises: false });
    expect(result).toMatchObject({ applies: false, reason: expect.stringContaining('premises') as unknown });
  });

  it('does not apply to contracts made before 13 June 2014', () => {
    expect(cancellationPeriod({ ...driveway, agreedOn: '2014-06-12' })).toMatchObject({ applies: false });
    expect(cancellationPeriod({ ...driveway, agreedOn: '2014-06-13' })).toMatchObject({ applies: true });
  });
});

describe('impossible input', () => {
  it('throws a RangeError naming the field when goods arrived before the contract was made', () => {
    const error = thrown(() =>
      cancellationPeriod({ ...driveway, kind: 'goods', agreedOn: '2026-03-10', goodsReceivedOn: '2026-03-09' }),
    );
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(CancellationInputError);
    expect((error as CancellationInputError).fields).toEqual({
      goodsReceivedOn: 'The date the goods arrived must be the same as or after the date you agreed',
    });
  });

  it.each(['2027-02-29', '2026-02-30', '2026-13-01', '2026-04-31', '2026-1-5', '02/12/2025', '', '2026-00-10'])(
    'rejects the date %j',
    (agreedOn) => {
      const error = thrown(() => cancellationPeriod({ ...driveway, agreedOn }));
      expect(error).toBeInstanceOf(CancellationInputError);
      expect((error as CancellationInputError).fields.agreedOn).toMatch(/real date/);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(cancellationPeriod({ ...driveway, agreedOn: '2028-02-29' })).toMatchObject({ applies: true });
  });

  it('asks for the delivery date for goods', () => {
    const error = thrown(() => cancellationPeriod({ ...driveway, kind: 'goods' }));
    expect((error as CancellationInputError).fields).toEqual({ goodsReceivedOn: 'Enter the date the goods arrived' });
  });

  it('rejects a last delivery before the first', () => {
    const error = thrown(() =>
      cancellationPeriod({
        ...driveway,
        kind: 'goods',
        goodsReceivedOn: '2025-12-10',
        lastGoodsReceivedOn: '2025-12-09',
      }),
    );
    expect((error as CancellationInputError).fields.lastGoodsReceivedOn).toBe(
      'The last delivery must be on or after the first delivery',
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('rejects the price %d', (price) => {
    const error = thrown(() => cancellationPeriod({ ...driveway, price }));
    expect((error as CancellationInputError).fields.price).toBeDefined();
  });

  it('rejects a bad information date when a form was given', () => {
    const error = thrown(() => cancellationPeriod({ ...driveway, infoGivenOn: '2025-11-31' }));
    expect((error as CancellationInputError).fields.infoGivenOn).toMatch(/real date/);
  });
});

describe('validateCancellationInput', () => {
  it('lists every problem at once, with a message saying what to do', () => {
    const result = validateCancellationInput({ kind: 'goods', price: 'lots' });
    expect(result).toEqual({
      ok: false,
      fields: {
        agreedOn: 'Enter the date you agreed to the contract',
        price: 'Enter the price as a number of pounds',
        offPremises: 'Say whether you agreed it away from the trader’s premises',
        goodsReceivedOn: 'Enter the date the goods arrived',
        infoGiven: 'Say whether the trader gave you the information about cancelling',
      },
    });
  });

  it('drops unknown keys and never reads inherited ones', () => {
    const input = Object.assign(Object.create({ kind: 'goods' }) as object, { ...driveway, extra: 'x' });
    const result = validateCancellationInput(input);
    expect(result).toEqual({ ok: true, value: driveway });
  });

  it('treats a non-object as all answers missing', () => {
    const result = validateCancellationInput('2025-12-02');
    expect(result.ok).toBe(false);
  });
});

describe('parsePounds', () => {
  it.each([
    ['£4,000', 4000],
    ['4000.50', 4000.5],
    [' 42 ', 42],
    ['£42.01', 42.01],
  ])('reads %j as %d pounds', (text, pounds) => {
    expect(parsePounds(text)).toBe(pounds);
  });

  it.each(['', 'lots', '-5', '42.001', '1e5', '£'])('refuses %j', (text) => {
    expect(parsePounds(text)).toBeUndefined();
  });
});
