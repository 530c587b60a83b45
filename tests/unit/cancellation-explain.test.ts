import { describe, expect, it } from 'vitest';
import { CancellationInputError } from '../../src/lib/cancellation.ts';
import { explainCancellation } from '../../src/lib/cancellation/explain.ts';
import { driveway } from '../support/cancellation-cases.ts';

describe('the plain-English answer', () => {
  it('says yes with the last day written out and how many days are left', () => {
    const answer = explainCancellation(driveway, 'no', '2025-12-09');
    expect(answer.status).toBe('can-cancel');
    expect(answer.heading).toBe('Yes, you can still cancel');
    expect(answer.lastDayWritten).toBe('Tuesday 16 December 2025');
    expect(answer.paragraphs).toContain('That is 7 days from today.');
    expect(answer.regulation).toEqual({
      label:
        'Regulation 30(2) of the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013',
      url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/30',
    });
  });

  it('says 1 day, not 1 days', () => {
    expect(explainCancellation(driveway, 'no', '2025-12-15').paragraphs).toContain('That is 1 day from today.');
  });

  it('warns when today is the last day', () => {
    const answer = explainCancellation(driveway, 'no', '2025-12-16');
    expect(answer.status).toBe('last-day-today');
    expect(answer.paragraphs).toContain('Send your letter or email today.');
  });

  it('says no once the last day has passed, and gives the date it ended', () => {
    const answer = explainCancellation(driveway, 'no', '2025-12-17');
    expect(answer.status).toBe('too-late');
    expect(answer.heading).toBe('No, your time to cancel has ended');
    expect(answer.lastDayWritten).toBe('Tuesday 16 December 2025');
    expect(answer.payment).toEqual([]);
  });

  it('points to regulation 31(3) when there was no cancellation form', () => {
    const answer = explainCancellation({ ...driveway, infoGiven: false }, 'yes', '2026-06-01');
    expect(answer.regulation.label).toMatch(/^Regulation 31\(3\)/);
    expect(answer.lastDayWritten).toBe('Wednesday 16 December 2026');
  });

  it('points to regulation 31(2) when the form came late, and 30(3) for goods on time', () => {
    expect(
      explainCancellation({ ...driveway, infoGivenOn: '2025-12-05' }, 'no', '2025-12-05').regulation.label,
    ).toMatch(/^Regulation 31\(2\)/);
    const goods = { ...driveway, kind: 'goods', goodsReceivedOn: '2025-12-04' } as const;
    expect(explainCancellation(goods, 'no', '2025-12-05').regulation.label).toMatch(/^Regulation 30\(3\)/);
  });

  it('explains why the right does not apply, with the regulation', () => {
    const answer = explainCancellation({ ...driveway, price: 42 }, 'no', '2025-12-03');
    expect(answer.status).toBe('no-right');
    expect(answer.regulation.label).toMatch(/^Regulation 27\(3\)/);
    expect(answer.paragraphs[0]).toMatch(/£42 or less/);
  });

  it('lets you cancel goods before they arrive, without a date yet', () => {
    const answer = explainCancellation({ ...driveway, kind: 'goods' }, 'no', '2025-12-03');
    expect(answer.status).toBe('goods-not-arrived');
    expect(answer.lastDay).toBeUndefined();
  });

  it('still rejects impossible dates when goods have not arrived', () => {
    expect(() =>
      explainCancellation({ ...driveway, kind: 'goods', agreedOn: '2025-02-30' }, 'no', '2025-12-03'),
    ).toThrow(CancellationInputError);
  });
});

describe('what you may have to pay', () => {
  it('is nothing for work done when you did not ask in writing for an early start', () => {
    const [first] = explainCancellation(driveway, 'no', '2025-12-03').payment;
    expect(first).toMatch(/do not have to pay anything/);
    expect(first).toMatch(/36\(6\)/);
  });

  it('is nothing when the trader gave no cancellation form, even after an early start request', () => {
    const [first] = explainCancellation({ ...driveway, infoGiven: false }, 'yes', '2025-12-03').payment;
    expect(first).toMatch(/did not give you the information about cancelling, on paper, before you agreed/);
  });

  it('is a fair share of the price for work done after an early start request in writing', () => {
    const payment = explainCancellation(driveway, 'yes', '2025-12-03').payment;
    expect(payment[0]).toMatch(/fair share of the full price/);
    expect(payment[0]).toMatch(/36\(4\)/);
    expect(payment[2]).toMatch(/36\(2\)/);
  });

  it('works the share out on market value when the price was excessive (reg 36(5)), whenever a share is owed', () => {
    // A rogue trader's £4,000 for a morning's work: the share is of what the work is worth, not of the price.
    for (const early of ['yes', 'not-sure'] as const) {
      const payment = explainCancellation(driveway, early, '2025-12-03').payment;
      const share = payment.findIndex((p) => p.includes('fair share'));
      expect(payment[share + 1]).toBe(
        'If the full price was far too high, the share is worked out on what the work done is really worth: what other traders would charge for it (regulation 36(5)).',
      );
    }
    // Nothing is owed, so there is no share to work out.
    expect(explainCancellation(driveway, 'no', '2025-12-03').payment.join(' ')).not.toContain('36(5)');
    expect(explainCancellation({ ...driveway, infoGiven: false }, 'yes', '2025-12-03').payment.join(' ')).not.toContain(
      '36(5)',
    );
  });

  it('says cancelling ends finance the trader set up (reg 38), for work and for goods', () => {
    const goods = { ...driveway, kind: 'goods', goodsReceivedOn: '2025-12-04' } as const;
    for (const [input, early] of [
      [driveway, 'no'],
      [driveway, 'yes'],
      [driveway, 'not-sure'],
      [{ ...driveway, infoGiven: false }, 'yes'],
      [goods, 'no'],
    ] as const) {
      expect(explainCancellation(input, early, '2025-12-05').payment).toContain(
        'Are you paying with a loan or finance that the trader set up for you? Cancelling ends that agreement too (regulation 38).',
      );
    }
  });

  it('says the trader collects, free, bulky goods left at home when you agreed (reg 35)', () => {
    const goods = { ...driveway, kind: 'goods', goodsReceivedOn: '2025-12-04' } as const;
    expect(explainCancellation(goods, 'no', '2025-12-05').payment).toContain(
      'The trader must collect the goods, free, if they were left at your home when you agreed and cannot normally be sent back by post, like a sofa or paving slabs (regulation 35).',
    );
    expect(explainCancellation(driveway, 'no', '2025-12-05').payment.join(' ')).not.toContain('collect');
  });

  it('gives both answers when you are not sure', () => {
    const payment = explainCancellation(driveway, 'not-sure', '2025-12-03').payment;
    expect(payment[0]).toMatch(/did not ask/);
    expect(payment[1]).toMatch(/did ask/);
  });

  it('covers refunds and returning goods for goods', () => {
    const goods = { ...driveway, kind: 'goods', goodsReceivedOn: '2025-12-04' } as const;
    const payment = explainCancellation(goods, 'no', '2025-12-05').payment.join(' ');
    expect(payment).toMatch(/regulation 34/);
    expect(payment).toMatch(/regulation 35/);
  });
});
