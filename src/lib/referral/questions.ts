import { CONSENT, CONTACT_METHODS, FOR_WHOM, LOST_MONEY, REPORTED_TO, WHAT_HAPPENED, YES_NO } from './rules.ts';
import { OPTIONAL_FIELDS, type AnsweredField } from './fields.ts';
import type { Answers } from './schema.ts';

/**
 * The words of the referral: each question, its hint and its options. One source for the island, the
 * no-JavaScript form, "Check your answers" and the email to Beacon, so they never disagree.
 * Questions have a "you" and a "they" form for people asking on someone else's behalf. Which fields there
 * are, in what order, and which are optional is fields.ts's: a field without words here is a type error.
 */

interface Option<V extends string = string> {
  value: V;
  label: string;
  hint?: string;
}

type OptionWords = Omit<Option, 'value'>;

/**
 * A choice's options, in the schema's order, from the schema's own enum: a value missing from `words`, or
 * one the schema doesn't have, is a type error, so the form can never offer what the function refuses.
 */
function optionsOf<const V extends readonly string[]>(
  values: V,
  words: { [K in V[number]]: OptionWords },
): readonly Option<V[number]>[] {
  return values.map((value: V[number]) => ({ value, ...words[value] }));
}

export interface Question {
  /** The question for the person who needs support. */
  self: string;
  /** The same question when someone asks on their behalf. */
  other: string;
  /** A short name for "Check your answers" and the email. */
  short: string;
  hint?: string;
  options?: readonly Option[];
}

const yesNo = optionsOf(YES_NO, { yes: { label: 'Yes' }, no: { label: 'No' } });

export const QUESTIONS: Record<AnsweredField, Question> = {
  forWhom: {
    self: 'Who needs support?',
    other: 'Who needs support?',
    short: 'Who needs support',
    options: optionsOf(FOR_WHOM, {
      self: { label: 'Me' },
      'someone-else': { label: 'Someone else', hint: 'Only if they have agreed to you asking for them' },
    }),
  },
  name: { self: 'What is your name?', other: 'What is their name?', short: 'Name' },
  contactMethod: {
    self: 'How should Beacon contact you?',
    other: 'How should Beacon contact them?',
    short: 'How to contact',
    options: optionsOf(CONTACT_METHODS, {
      phone: { label: 'Phone' },
      email: { label: 'Email' },
      post: { label: 'Letter' },
    }),
  },
  phone: {
    self: 'Phone number',
    other: 'Phone number',
    short: 'Phone',
    hint: 'For example, 01632 960 001 or 07700 900 982',
  },
  email: { self: 'Email address', other: 'Email address', short: 'Email' },
  address: { self: 'Address', other: 'Address', short: 'Address' },
  postcode: { self: 'Postcode', other: 'Postcode', short: 'Postcode' },
  safeToLeaveMessage: {
    self: 'Is it safe for Beacon to leave you a message?',
    other: 'Is it safe for Beacon to leave them a message?',
    short: 'Safe to leave a message',
    hint: 'This means a voicemail, an email or a letter. Choose no if someone else might see or hear it.',
    options: yesNo,
  },
  bestTime: {
    self: 'When is the best time to contact you?',
    other: 'When is the best time to contact them?',
    short: 'Best time',
    hint: 'For example, weekday mornings',
  },
  whatHappened: {
    self: 'What happened?',
    other: 'What happened?',
    short: 'What happened',
    options: optionsOf(WHAT_HAPPENED, {
      doorstep: { label: 'Someone came to the door' },
      phone: { label: 'A phone call or text message' },
      online: { label: 'Online or by email' },
      post: { label: 'A letter' },
      romance: { label: 'Someone I met online asked for money' },
      investment: { label: 'An investment' },
      other: { label: 'Something else' },
    }),
  },
  description: {
    self: 'Tell Beacon what happened',
    other: 'Tell Beacon what happened',
    short: 'Description',
    hint: 'A few words is enough. Beacon will ask you more when they get in touch.',
  },
  whenHappened: {
    self: 'When did it happen?',
    other: 'When did it happen?',
    short: 'When it happened',
    hint: 'For example, last Tuesday, or March 2026. It is fine to say you are not sure.',
  },
  lostMoney: {
    self: 'Did you lose any money?',
    other: 'Did they lose any money?',
    short: 'Lost money',
    options: optionsOf(LOST_MONEY, {
      yes: { label: 'Yes' },
      no: { label: 'No' },
      'prefer-not-to-say': { label: 'I would rather not say' },
    }),
  },
  reportedTo: {
    self: 'Who have you told about it?',
    other: 'Who have they told about it?',
    short: 'Told',
    hint: 'Select all that apply.',
    options: optionsOf(REPORTED_TO, {
      police: { label: 'The police' },
      'report-fraud': { label: 'Report Fraud (once called Action Fraud)' },
      bank: { label: 'The bank' },
      none: { label: 'No one yet' },
    }),
  },
  crimeReference: {
    self: 'Crime or fraud reference number',
    other: 'Crime or fraud reference number',
    short: 'Reference number',
    hint: 'The police or Report Fraud will have given you one.',
  },
  feelUnsafe: {
    self: 'Do you feel unsafe now?',
    other: 'Do they feel unsafe now?',
    short: 'Feels unsafe now',
    options: yesNo,
  },
  consent: {
    self: 'Do you agree?',
    other: 'Do you agree?',
    short: 'Agreed to send',
    options: optionsOf(CONSENT, {
      yes: { label: 'I agree to send these answers to Beacon so that they can get in touch' },
    }),
  },
};

/** The question in the right voice for who needs support, saying "(optional)" when it may be left blank. */
export function questionText(field: AnsweredField, forWhom: string | undefined): string {
  const words = forWhom === 'someone-else' ? QUESTIONS[field].other : QUESTIONS[field].self;
  return OPTIONAL_FIELDS.includes(field) ? `${words} (optional)` : words;
}

/** An answer as a person reads it: option labels for choices, the text otherwise, "Not given" if empty. */
export function displayAnswer(field: AnsweredField, answers: Answers): string {
  const options = QUESTIONS[field].options;
  const answer: string | string[] | undefined = answers[field];
  const raw = Array.isArray(answer) ? answer : [answer ?? ''];
  const shown = raw
    .filter((value) => value !== '')
    .map((value) => options?.find((o) => o.value === value)?.label ?? value);
  return shown.length > 0 ? shown.join(', ') : 'Not given';
}
