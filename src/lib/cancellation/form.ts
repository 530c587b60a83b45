import { compareDates, formatIsoDate, isCalendarDate } from '../calendar-date.ts';
import { parsePounds, type CancellationInput } from './input.ts';
import type { Doubt, EarlyStart } from './explain.ts';

/**
 * The "Can I still cancel?" questions as the page asks them (text boxes and radios, all strings), and
 * the step from those answers to the calculator's input. Pure, so the island and the tests share it.
 * Error messages follow GOV.UK's style: say what to do, in plain words.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

type YesNoNotSure = '' | 'yes' | 'no' | 'not-sure';

export interface CalculatorAnswers {
  kind: '' | 'goods' | 'services';
  agreed: DateParts;
  price: string;
  /**
   * Where it was agreed: `home` (with the trader there, away from their premises: off-premises), at their
   * `premises`, `later` (the trader came to the home, but the person said yes later by phone, email or text:
   * the 14 days may not cover it, reg 5), or at a `distance` without meeting them.
   */
  where: '' | 'home' | 'premises' | 'later' | 'distance';
  /** Asked when agreed at the trader's premises: did they approach you away from them first (reg 5)? */
  approached: '' | 'yes' | 'no';
  /** The information on the right to cancel, on paper (reg 10, reg 31). */
  form: '' | 'when-agreed' | 'later' | 'no' | 'not-sure';
  formDate: DateParts;
  /** Goods only: made to your specifications or clearly personalised (reg 28(1)(b)). */
  madeForYou: YesNoNotSure;
  arrived: '' | 'yes' | 'no';
  arrivedDate: DateParts;
  /** Work only: an urgent repair you asked the trader to come and do (reg 28(1)(e)). */
  urgentRepair: YesNoNotSure;
  earlyStart: '' | EarlyStart;
}

const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

export function emptyAnswers(): CalculatorAnswers {
  return {
    kind: '',
    agreed: emptyDate(),
    price: '',
    where: '',
    approached: '',
    form: '',
    formDate: emptyDate(),
    madeForYou: '',
    arrived: '',
    arrivedDate: emptyDate(),
    urgentRepair: '',
    earlyStart: '',
  };
}

/**
 * The id of the control each error links to, in the order the questions appear on the page. The names
 * are the GET form's (cancellation-query.ts): the contract's input names.
 */
const QUESTION_IDS = {
  kind: 'kind-services',
  agreed: 'agreedOn-day',
  price: 'price',
  where: 'offPremises-yes',
  approached: 'approachedAwayFromPremises-yes',
  form: 'infoGiven-yes',
  formDate: 'infoGivenOn-day',
  madeForYou: 'madeToSpecification-yes',
  arrived: 'goodsArrived-yes',
  arrivedDate: 'goodsReceivedOn-day',
  urgentRepair: 'urgentRepairRequested-yes',
  earlyStart: 'earlyStart-yes',
} as const;

export type Question = keyof typeof QUESTION_IDS;
export type QuestionErrors = Partial<Record<Question, string>>;

export type FormOutcome =
  | { kind: 'errors'; errors: QuestionErrors }
  /** Bought online, by phone or by post: not what this calculator covers. */
  | { kind: 'distance' }
  /** `doubts`: the "I'm not sure" answers, which explainCancellation turns into what to do. */
  | { kind: 'ready'; input: CancellationInput; earlyStart: EarlyStart; doubts: Doubt[] };

/** Reads day, month and year boxes into YYYY-MM-DD, or says what is wrong with them. */
export function readDate(parts: DateParts, what: string, today: string): { iso: string } | { error: string } {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return { error: `Enter ${what}` };
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length > 0) return { error: `${capitalise(what)} must include ${missing.join(' and ')}` };
  const realDate = `${capitalise(what)} must be a real date, like 2 12 2025`;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { error: realDate };
  const iso = formatIsoDate({ year: Number(year), month: Number(month), day: Number(day) });
  if (!isCalendarDate(iso)) return { error: realDate };
  if (compareDates(iso, today) > 0) return { error: `${capitalise(what)} must be today or in the past` };
  return { iso };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NOT_CHOSEN: Record<
  'kind' | 'where' | 'approached' | 'form' | 'madeForYou' | 'arrived' | 'urgentRepair' | 'earlyStart',
  string
> = {
  kind: 'Choose whether you agreed to buy goods or to have work done',
  where: 'Choose where you agreed to it',
  approached: 'Choose whether the trader came up to you at home or in the street first',
  form: 'Choose whether the trader gave you information about cancelling',
  madeForYou: 'Choose whether the goods were made for you',
  arrived: 'Choose whether the goods have arrived',
  urgentRepair: 'Choose whether you asked the trader to come for an urgent repair',
  earlyStart: 'Choose whether you asked in writing for the work to start early',
};

/** Checks the answers; `today` (YYYY-MM-DD, UK) rules out dates in the future. */
export function readAnswers(a: CalculatorAnswers, today: string): FormOutcome {
  const errors: QuestionErrors = {};
  const value: Partial<CancellationInput> = {};
  const doubts: Doubt[] = [];

  if (a.kind === '') errors.kind = NOT_CHOSEN.kind;
  else value.kind = a.kind;

  const agreed = readDate(a.agreed, 'the date you agreed', today);
  if ('error' in agreed) errors.agreed = agreed.error;
  else value.agreedOn = agreed.iso;

  const price = parsePounds(a.price);
  if (a.price.trim() === '') errors.price = 'Enter how much you agreed to pay';
  else if (price === undefined) errors.price = 'Enter the price in pounds, like 4000 or £4,000.50';
  else value.price = price;

  if (a.where === '') errors.where = NOT_CHOSEN.where;
  // Said yes later: the date is worked out as if agreed at home, and the answer says it may not apply.
  else value.offPremises = a.where === 'home' || a.where === 'later';
  if (a.where === 'later') doubts.push('accepted-later');
  if (a.where === 'premises') {
    if (a.approached === '') errors.approached = NOT_CHOSEN.approached;
    else value.approachedAwayFromPremises = a.approached === 'yes';
  }

  // "Not sure" is read as given on time: the earliest date, so it is never missed.
  if (a.form === '') errors.form = NOT_CHOSEN.form;
  else value.infoGiven = a.form !== 'no';
  if (a.form === 'not-sure') doubts.push('info');
  if (a.form === 'later') {
    const given = readDate(a.formDate, 'the date they gave you the form', today);
    if ('error' in given) errors.formDate = given.error;
    else value.infoGivenOn = given.iso;
  }

  // "Not sure" is read as no, with what to do if the trader claims otherwise: the date is never lost.
  if (a.kind === 'goods') {
    if (a.madeForYou === '') errors.madeForYou = NOT_CHOSEN.madeForYou;
    else value.madeToSpecification = a.madeForYou === 'yes';
    if (a.madeForYou === 'not-sure') doubts.push('made-to-specification');
    if (a.arrived === '') errors.arrived = NOT_CHOSEN.arrived;
    if (a.arrived === 'yes') {
      const arrived = readDate(a.arrivedDate, 'the date the goods arrived', today);
      if ('error' in arrived) errors.arrivedDate = arrived.error;
      else value.goodsReceivedOn = arrived.iso;
    }
  }
  if (a.kind === 'services') {
    if (a.urgentRepair === '') errors.urgentRepair = NOT_CHOSEN.urgentRepair;
    else value.urgentRepairRequested = a.urgentRepair === 'yes';
    if (a.urgentRepair === 'not-sure') doubts.push('urgent-repair');
    if (a.earlyStart === '') errors.earlyStart = NOT_CHOSEN.earlyStart;
  }

  // The calculator's own cross-field rule: goods cannot arrive before the contract was made.
  if (!errors.agreed && !errors.arrivedDate && value.agreedOn && value.goodsReceivedOn) {
    if (compareDates(value.goodsReceivedOn, value.agreedOn) < 0) {
      errors.arrivedDate = 'The date the goods arrived must be the same as or after the date you agreed';
    }
  }
  if (Object.keys(errors).length > 0) return { kind: 'errors', errors };
  if (a.where === 'distance') return { kind: 'distance' };
  // Goods not arrived yet: no goodsReceivedOn, which explainCancellation answers as "you can cancel now".

  const earlyStart: EarlyStart = a.kind === 'services' && a.earlyStart !== '' ? a.earlyStart : 'no';
  return { kind: 'ready', input: value as CancellationInput, earlyStart, doubts };
}

/** The errors in page order, for the error summary. */
export function orderedErrors(errors: QuestionErrors): { question: Question; href: string; message: string }[] {
  return (Object.keys(QUESTION_IDS) as Question[])
    .filter((q) => errors[q])
    .map((q) => ({ question: q, href: `#${QUESTION_IDS[q]}`, message: errors[q] ?? '' }));
}
