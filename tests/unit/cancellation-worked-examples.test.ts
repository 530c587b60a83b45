import { describe, expect, it } from 'vitest';
import { cancellationPeriod, type CancellationInput } from '../../src/lib/cancellation.ts';

/**
 * Worked examples, each computed by hand from the text of SI 2013/3134 — never by calling the code.
 * Counting rule used throughout: "ends at the end of 14 days after the day on which X" → the day of X is
 * not counted, the day after is day 1, so the last day to cancel is day 14 = X + 14 calendar days.
 * Month lengths: Jan 31, Feb 28 (29 in 2028), Mar 31, Apr 30, May 31, Jun 30, Jul 31, Aug 31, Sep 30,
 * Oct 31, Nov 30, Dec 31. 2100 is not a leap year (divisible by 100, not by 400).
 */

type Row = [label: string, input: Partial<CancellationInput>, lastDay: string, extended: boolean];

const home = { offPremises: true, price: 4000, infoGiven: true } as const;
const services = (agreedOn: string, extra: Partial<CancellationInput> = {}) =>
  ({ ...home, kind: 'services', agreedOn, ...extra }) as const;
const goods = (agreedOn: string, goodsReceivedOn: string, extra: Partial<CancellationInput> = {}) =>
  ({ ...home, kind: 'goods', agreedOn, goodsReceivedOn, ...extra }) as const;

const rows: Row[] = [
  // Services, form given on time — reg 30(2): "ends at the end of 14 days after the day on which the
  // contract is entered into". Last day = agreed day + 14.
  ['agreed Tue 2 Dec 2025: 2 + 14 = 16', services('2025-12-02'), '2025-12-16', false],
  ['agreed 20 Jan 2026: 20 + 14 = 34, less 31 days of January = 3 Feb', services('2026-01-20'), '2026-02-03', false],
  ['agreed 20 Feb 2026: 34 less 28 (common year) = 6 Mar', services('2026-02-20'), '2026-03-06', false],
  ['agreed 20 Feb 2028: 34 less 29 (leap year) = 5 Mar', services('2028-02-20'), '2028-03-05', false],
  ['agreed 15 Feb 2028: 15 + 14 = 29, and 29 Feb exists in 2028', services('2028-02-15'), '2028-02-29', false],
  ['agreed 15 Feb 2027: 29 Feb does not exist in 2027, so 1 Mar', services('2027-02-15'), '2027-03-01', false],
  ['agreed 29 Feb 2028 (leap day): 43 less 29 = 14 Mar', services('2028-02-29'), '2028-03-14', false],
  ['agreed 20 Feb 2100: 2100 is not a leap year, 34 less 28 = 6 Mar', services('2100-02-20'), '2100-03-06', false],
  ['agreed Christmas Day 2026: 39 less 31 = 8 Jan 2027', services('2026-12-25'), '2027-01-08', false],
  ['agreed 31 Dec 2026: 45 less 31 = 14 Jan 2027', services('2026-12-31'), '2027-01-14', false],
  ['agreed 30 Apr 2026: 44 less 30 = 14 May', services('2026-04-30'), '2026-05-14', false],
  ['agreed 13 Jun 2014, the day the Regulations began (reg 1(2)): 27 Jun', services('2014-06-13'), '2014-06-27', false],
  [
    '£42.01 is "more than £42" (reg 27(3)): agreed 30 Sep 2026, 44 less 30 = 14 Oct',
    services('2026-09-30', { price: 42.01 }),
    '2026-10-14',
    false,
  ],

  // Goods, form given on time — reg 30(3): 14 days after the day the goods come into the consumer's
  // physical possession; reg 30(4): several goods in one order delivered on different days → the last.
  ['goods arrived 20 Mar 2026: 34 less 31 = 3 Apr', goods('2026-03-02', '2026-03-20'), '2026-04-03', false],
  ['goods arrived 28 Dec 2026: 42 less 31 = 11 Jan 2027', goods('2026-11-10', '2026-12-28'), '2027-01-11', false],
  ['goods arrived 16 Feb 2028: 30 less 29 = 1 Mar', goods('2028-02-01', '2028-02-16'), '2028-03-01', false],
  ['goods arrived 16 Feb 2027: 30 less 28 = 2 Mar', goods('2027-02-01', '2027-02-16'), '2027-03-02', false],
  ['goods left on the day you agreed, 5 Jun 2026: 19 Jun', goods('2026-06-05', '2026-06-05'), '2026-06-19', false],
  [
    'three deliveries, the last on 29 May 2026: 43 less 31 = 12 Jun (reg 30(4))',
    goods('2026-05-01', '2026-05-04', { lastGoodsReceivedOn: '2026-05-29' }),
    '2026-06-12',
    false,
  ],

  // No cancellation form — reg 31(3): "ends at the end of 12 months after the day on which it would have
  // ended under regulation 30". Calendar months, corresponding date (Dodds v Walker); no corresponding
  // date (29 Feb in a common year) → the last day of that month.
  [
    'services agreed 2 Dec 2025: reg 30 ends 16 Dec 2025, 12 months on is 16 Dec 2026',
    services('2025-12-02', { infoGiven: false }),
    '2026-12-16',
    true,
  ],
  [
    'reg 30 ends 29 Feb 2028; 2029 has no 29 Feb, so 28 Feb 2029',
    services('2028-02-15', { infoGiven: false }),
    '2029-02-28',
    true,
  ],
  [
    'reg 30 ends 28 Feb 2027; 28 Feb 2028 exists, so it ends then (not 29 Feb)',
    services('2027-02-14', { infoGiven: false }),
    '2028-02-28',
    true,
  ],
  [
    'reg 30 ends 8 Jan 2027 (Christmas Day 2026 + 14): 8 Jan 2028',
    services('2026-12-25', { infoGiven: false }),
    '2028-01-08',
    true,
  ],
  [
    'agreed 29 Feb 2028: reg 30 ends 14 Mar 2028, 12 months on is 14 Mar 2029',
    services('2028-02-29', { infoGiven: false }),
    '2029-03-14',
    true,
  ],
  [
    'goods arrived 17 Jan 2027: reg 30 ends 31 Jan 2027, then 31 Jan 2028',
    goods('2027-01-10', '2027-01-17', { infoGiven: false }),
    '2028-01-31',
    true,
  ],
  [
    'goods arrived 18 Dec 2027: reg 30 ends 1 Jan 2028 (32 less 31), then 1 Jan 2029',
    goods('2027-12-01', '2027-12-18', { infoGiven: false }),
    '2029-01-01',
    true,
  ],

  // Form given late — reg 31(2): given "in the period of 12 months beginning with the first day of the 14
  // days" → ends at the end of 14 days after the day the consumer receives it.
  [
    'agreed 10 Mar 2026, form 20 Mar 2026: 34 less 31 = 3 Apr',
    services('2026-03-10', { infoGivenOn: '2026-03-20' }),
    '2026-04-03',
    true,
  ],
  [
    'agreed 5 Jan 2026, form on Christmas Eve 2026: 38 less 31 = 7 Jan 2027',
    services('2026-01-05', { infoGivenOn: '2026-12-24' }),
    '2027-01-07',
    true,
  ],
  [
    'form 10 Mar 2026, after agreeing but before the goods came on 20 Mar: 10 + 14 = 24 Mar is earlier than reg 30’s 3 Apr, so 3 Apr stands',
    goods('2026-03-02', '2026-03-20', { infoGivenOn: '2026-03-10' }),
    '2026-04-03',
    false,
  ],
  [
    'goods 20 Mar 2026, form 1 Apr 2026: 1 + 14 = 15 Apr',
    goods('2026-03-02', '2026-03-20', { infoGivenOn: '2026-04-01' }),
    '2026-04-15',
    true,
  ],
  // Agreed 10 May 2026: the 14 days begin 11 May 2026, so the 12 months beginning with 11 May 2026 end on
  // 10 May 2027. A form given that day counts (24 May 2027); a day later it doesn't, and reg 31(3) gives
  // 12 months after reg 30's 24 May 2026 = 24 May 2027 — the same day either way.
  [
    'form on 10 May 2027, the last day reg 31(2) counts: 24 May 2027',
    services('2026-05-10', { infoGivenOn: '2027-05-10' }),
    '2027-05-24',
    true,
  ],
  [
    'form on 11 May 2027, one day too late for reg 31(2): reg 31(3) gives 24 May 2027',
    services('2026-05-10', { infoGivenOn: '2027-05-11' }),
    '2027-05-24',
    true,
  ],
  // Agreed 16 Feb 2028: the 14 days begin 17 Feb 2028; 12 months beginning then end 16 Feb 2029 (the day
  // before 17 Feb 2029). Form that day: 16 + 14 = 30, less 28 = 2 Mar 2029. Without any form, reg 30 ends
  // 1 Mar 2028 and reg 31(3) adds 12 months: 1 Mar 2029. The late form gives one day more, because the
  // 12 months of reg 31(2) contain 29 Feb 2028 and the 12 months of reg 31(3) do not.
  [
    'form on 16 Feb 2029, last day of a window containing 29 Feb 2028: 2 Mar 2029',
    services('2028-02-16', { infoGivenOn: '2029-02-16' }),
    '2029-03-02',
    true,
  ],
  ['no form for the same contract: 1 Mar 2029', services('2028-02-16', { infoGiven: false }), '2029-03-01', true],
  // Agreed 28 Feb 2028: the 14 days begin on 29 Feb 2028. 12 months beginning 29 Feb 2028: 2029 has no 29
  // Feb, so they end on the last day of Feb 2029, the 28th. Form that day: 28 + 14 = 42, less the 28 days
  // of Feb 2029 = 14 Mar 2029.
  [
    'form on 28 Feb 2029, the last day of 12 months beginning 29 Feb 2028: 14 Mar 2029',
    services('2028-02-28', { infoGivenOn: '2029-02-28' }),
    '2029-03-14',
    true,
  ],
  // Same contract, form on 1 Mar 2029: too late for reg 31(2). reg 30 ended 13 Mar 2028 (42 less 29), so
  // reg 31(3) gives 13 Mar 2029.
  [
    'form on 1 Mar 2029, too late: reg 31(3) gives 13 Mar 2029',
    services('2028-02-28', { infoGivenOn: '2029-03-01' }),
    '2029-03-13',
    true,
  ],
  // Agreed 28 Feb 2027: the 14 days begin 1 Mar 2027; 12 months beginning 1 Mar 2027 end on the day
  // before 1 Mar 2028, which is 29 Feb 2028. Form that day: 29 + 14 = 43, less 29 = 14 Mar 2028.
  [
    'form on 29 Feb 2028, the last day of 12 months beginning 1 Mar 2027: 14 Mar 2028',
    services('2027-02-28', { infoGivenOn: '2028-02-29' }),
    '2028-03-14',
    true,
  ],

  // Form on the day of the contract, or earlier (a quote visit): on time under reg 10, so reg 30(2).
  [
    'form given on the day you agreed, 1 Jul 2026: 15 Jul',
    services('2026-07-01', { infoGivenOn: '2026-07-01' }),
    '2026-07-15',
    false,
  ],
  [
    'form left at a quote visit on 28 Jun 2026, agreed 1 Jul: 15 Jul',
    services('2026-07-01', { infoGivenOn: '2026-06-28' }),
    '2026-07-15',
    false,
  ],
];

describe('the worked examples, each computed by hand from the regulations', () => {
  it('has at least 30 examples', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)('%s', (_label, input, lastDay, extended) => {
    const result = cancellationPeriod(input as CancellationInput);
    expect(result).toMatchObject({ applies: true, lastDay, extended });
  });
});
