import { describe, expect, it } from 'vitest';
import {
  emptyAnswers,
  orderedErrors,
  readAnswers,
  readDate,
  type CalculatorAnswers,
} from '../../src/lib/cancellation/form.ts';

const TODAY = '2025-12-09';
const date = (day: string, month: string, year: string) => ({ day, month, year });

const driveway: CalculatorAnswers = {
  ...emptyAnswers(),
  kind: 'services',
  agreed: date('2', '12', '2025'),
  price: '£4,000',
  where: 'home',
  form: 'when-agreed',
  urgentRepair: 'no',
  earlyStart: 'no',
};

describe('reading the questions into the calculator’s input', () => {
  it('turns a driveway agreed at home into the contract’s input', () => {
    expect(readAnswers(driveway, TODAY)).toEqual({
      kind: 'ready',
      input: {
        kind: 'services',
        agreedOn: '2025-12-02',
        price: 4000,
        offPremises: true,
        infoGiven: true,
        urgentRepairRequested: false,
      },
      earlyStart: 'no',
      doubts: [],
    });
  });

  it('adds the late form date and the delivery date when they apply', () => {
    const outcome = readAnswers(
      {
        ...driveway,
        kind: 'goods',
        madeForYou: 'no',
        form: 'later',
        formDate: date('05', '12', '2025'),
        arrived: 'yes',
        arrivedDate: date('4', '12', '2025'),
      },
      TODAY,
    );
    expect(outcome).toMatchObject({
      kind: 'ready',
      input: {
        kind: 'goods',
        infoGiven: true,
        infoGivenOn: '2025-12-05',
        goodsReceivedOn: '2025-12-04',
        madeToSpecification: false,
      },
      earlyStart: 'no',
    });
  });

  it('leaves out the delivery date for goods that have not arrived', () => {
    const outcome = readAnswers({ ...driveway, kind: 'goods', madeForYou: 'no', arrived: 'no' }, TODAY);
    expect(outcome.kind).toBe('ready');
    if (outcome.kind === 'ready') expect(outcome.input.goodsReceivedOn).toBeUndefined();
  });

  it('answers separately for contracts made online, by phone or by post', () => {
    expect(readAnswers({ ...driveway, where: 'distance' }, TODAY)).toEqual({ kind: 'distance' });
  });

  it('reads a quote accepted later by phone or email as a doubt, with the date worked out as if agreed at home', () => {
    expect(readAnswers({ ...driveway, where: 'later' }, TODAY)).toMatchObject({
      kind: 'ready',
      input: { offPremises: true },
      doubts: ['accepted-later'],
    });
    // No "approached first" question: that one is for agreeing at the trader's premises.
    expect(readAnswers({ ...driveway, where: 'later', approached: '' }, TODAY).kind).toBe('ready');
  });

  it('reads "at the trader’s premises" as not off-premises, and asks whether they approached you first', () => {
    expect(readAnswers({ ...driveway, where: 'premises' }, TODAY)).toEqual({
      kind: 'errors',
      errors: { approached: 'Choose whether the trader came up to you at home or in the street first' },
    });
    expect(readAnswers({ ...driveway, where: 'premises', approached: 'no' }, TODAY)).toMatchObject({
      input: { offPremises: false, approachedAwayFromPremises: false },
    });
  });

  it('passes on being approached at home before agreeing at the showroom (reg 5)', () => {
    expect(readAnswers({ ...driveway, where: 'premises', approached: 'yes' }, TODAY)).toMatchObject({
      input: { offPremises: false, approachedAwayFromPremises: true },
    });
  });

  it('ignores the follow-up answer unless the contract was agreed at the trader’s premises', () => {
    const outcome = readAnswers({ ...driveway, approached: 'yes' }, TODAY);
    if (outcome.kind !== 'ready') throw new Error('expected an answer');
    expect(outcome.input.approachedAwayFromPremises).toBeUndefined();
  });

  it('reads "made for you" and "urgent repair" as the exclusions, and "not sure" as a doubt with the date kept', () => {
    const goods = { ...driveway, kind: 'goods', arrived: 'no', urgentRepair: '' } as const;
    expect(readAnswers({ ...goods, madeForYou: 'yes' }, TODAY)).toMatchObject({
      input: { madeToSpecification: true },
      doubts: [],
    });
    expect(readAnswers({ ...goods, madeForYou: 'not-sure' }, TODAY)).toMatchObject({
      input: { madeToSpecification: false },
      doubts: ['made-to-specification'],
    });
    expect(readAnswers({ ...driveway, urgentRepair: 'yes' }, TODAY)).toMatchObject({
      input: { urgentRepairRequested: true },
    });
    expect(readAnswers({ ...driveway, urgentRepair: 'not-sure' }, TODAY)).toMatchObject({
      input: { urgentRepairRequested: false },
      doubts: ['urgent-repair'],
    });
  });

  it('reads "not sure" about the information as given on time (the earlier date), with a doubt', () => {
    expect(readAnswers({ ...driveway, form: 'not-sure' }, TODAY)).toMatchObject({
      input: { infoGiven: true },
      doubts: ['info'],
    });
  });
});

describe('errors say what to fix, in page order', () => {
  it('lists every unanswered question', () => {
    const outcome = readAnswers(emptyAnswers(), TODAY);
    if (outcome.kind !== 'errors') throw new Error('expected errors');
    expect(orderedErrors(outcome.errors)).toEqual([
      {
        question: 'kind',
        href: '#kind-services',
        message: 'Choose whether you agreed to buy goods or to have work done',
      },
      { question: 'agreed', href: '#agreedOn-day', message: 'Enter the date you agreed' },
      { question: 'price', href: '#price', message: 'Enter how much you agreed to pay' },
      { question: 'where', href: '#offPremises-yes', message: 'Choose where you agreed to it' },
      {
        question: 'form',
        href: '#infoGiven-yes',
        message: 'Choose whether the trader gave you information about cancelling',
      },
    ]);
  });

  it('asks the follow-up questions for goods and for work', () => {
    const goods = readAnswers({ ...driveway, kind: 'goods', urgentRepair: '' }, TODAY);
    if (goods.kind !== 'errors') throw new Error('expected errors');
    expect(orderedErrors(goods.errors).map((e) => e.href)).toEqual(['#madeToSpecification-yes', '#goodsArrived-yes']);
    const work = readAnswers({ ...driveway, urgentRepair: '' }, TODAY);
    if (work.kind !== 'errors') throw new Error('expected errors');
    expect(orderedErrors(work.errors)).toEqual([
      {
        question: 'urgentRepair',
        href: '#urgentRepairRequested-yes',
        message: 'Choose whether you asked the trader to come for an urgent repair',
      },
    ]);
  });

  it('refuses goods that arrived before the contract was made', () => {
    const outcome = readAnswers(
      { ...driveway, kind: 'goods', madeForYou: 'no', arrived: 'yes', arrivedDate: date('1', '12', '2025') },
      TODAY,
    );
    expect(outcome).toEqual({
      kind: 'errors',
      errors: { arrivedDate: 'The date the goods arrived must be the same as or after the date you agreed' },
    });
  });

  it('asks about an early start only for work', () => {
    const outcome = readAnswers({ ...driveway, earlyStart: '' }, TODAY);
    expect(outcome).toMatchObject({ errors: { earlyStart: expect.stringMatching(/start early/) as unknown } });
  });

  it('explains a price it cannot read', () => {
    const outcome = readAnswers({ ...driveway, price: 'about four grand' }, TODAY);
    expect(outcome).toMatchObject({ errors: { price: 'Enter the price in pounds, like 4000 or £4,000.50' } });
  });
});

describe('readDate', () => {
  it.each([
    [date('', '', ''), 'Enter the date you agreed'],
    [date('2', '', ''), 'The date you agreed must include a month and a year'],
    [date('', '12', '2025'), 'The date you agreed must include a day'],
    [date('31', '11', '2025'), 'The date you agreed must be a real date, like 2 12 2025'],
    [date('29', '2', '2027'), 'The date you agreed must be a real date, like 2 12 2025'],
    [date('2', '12', '25'), 'The date you agreed must be a real date, like 2 12 2025'],
    [date('10', '12', '2025'), 'The date you agreed must be today or in the past'],
  ])('%j → %s', (parts, error) => {
    expect(readDate(parts, 'the date you agreed', TODAY)).toEqual({ error });
  });

  it('accepts today, leap days and spaces around numbers', () => {
    expect(readDate(date(' 9 ', '12', '2025'), 'x', TODAY)).toEqual({ iso: '2025-12-09' });
    expect(readDate(date('29', '02', '2024'), 'x', TODAY)).toEqual({ iso: '2024-02-29' });
  });
});
