import * as z from '../validation.ts';
import {
  choice,
  CONSENT,
  CONTACT_METHODS,
  contactDetailRules,
  FOR_WHOM,
  LOST_MONEY,
  MAX,
  optionalText,
  reportedToRule,
  requiredText,
  tooLong,
  WHAT_HAPPENED,
  YES_NO,
} from './rules.ts';

/**
 * The referral's questions as one ordered list: the order is the form's, the error summary's and the email's.
 * Each field says which step of the island asks it, how it is asked, the rule its answer must keep, and, for a
 * follow-up question, which answer reveals it (GOV.UK "conditional reveal"): it is asked, checked, shown and
 * sent only when that answer is given. The island's steps, the no-JavaScript form, "Check your answers", the
 * email and the tests all read this list; the words of each question are in questions.ts.
 *
 * Adding a field: one entry here (its `example` is what the tests send), its words in questions.ts.
 */

/** How a question is asked: a text box, one choice, several choices, or one box to tick. */
type Control = 'text' | 'radios' | 'checkboxes' | 'tick-box';

interface FieldSpec {
  name: string;
  /** The island's step that asks it (one thing per page; a follow-up shares its question's step). */
  step: string;
  control: Control;
  /** The rule for its answer. A rule that accepts no answer makes the field optional. */
  rule: z.Schema<unknown>;
  /** Asked only when this earlier field's answer is (or, for checkboxes, includes) one of these values. */
  revealedBy?: { field: string; values: readonly string[] };
  /** A valid answer, for the tests, the benchmarks and anyone reading this list. */
  example: string | readonly string[];
}

export const REFERRAL_FIELDS = [
  /** Who needs support: the person filling in the form, or someone they are helping. */
  {
    name: 'forWhom',
    step: 'who',
    control: 'radios',
    rule: choice(FOR_WHOM, 'Select who needs support'),
    example: 'self',
  },
  /** The name of the person who needs support. */
  {
    name: 'name',
    step: 'name',
    control: 'text',
    rule: requiredText(MAX.name, { required: 'Enter your name', tooLong: tooLong('Name', MAX.name) }),
    example: 'Ada Example',
  },
  /** How Beacon should get in touch, then the detail for that way. */
  {
    name: 'contactMethod',
    step: 'contact',
    control: 'radios',
    rule: choice(CONTACT_METHODS, 'Select how Beacon should contact you'),
    example: 'phone',
  },
  {
    name: 'phone',
    step: 'contact',
    control: 'text',
    rule: contactDetailRules.phone,
    revealedBy: { field: 'contactMethod', values: ['phone'] },
    example: '01632 960 001',
  },
  {
    name: 'email',
    step: 'contact',
    control: 'text',
    rule: contactDetailRules.email,
    revealedBy: { field: 'contactMethod', values: ['email'] },
    example: 'ada@example.com',
  },
  {
    name: 'address',
    step: 'contact',
    control: 'text',
    rule: contactDetailRules.address,
    revealedBy: { field: 'contactMethod', values: ['post'] },
    example: '1 Example Road\nHatfield',
  },
  {
    name: 'postcode',
    step: 'contact',
    control: 'text',
    rule: contactDetailRules.postcode,
    revealedBy: { field: 'contactMethod', values: ['post'] },
    example: 'AL10 9AB',
  },
  /** Whether Beacon may leave a message or send an email or letter (some people are watched). */
  {
    name: 'safeToLeaveMessage',
    step: 'message',
    control: 'radios',
    rule: choice(YES_NO, 'Select yes if it is safe for Beacon to leave a message'),
    example: 'yes',
  },
  /** When it is best to contact them, in their own words. */
  {
    name: 'bestTime',
    step: 'best-time',
    control: 'text',
    rule: optionalText('Best time', MAX.bestTime),
    example: 'Mornings',
  },
  /** The kind of crime or scam. */
  {
    name: 'whatHappened',
    step: 'what',
    control: 'radios',
    rule: choice(WHAT_HAPPENED, 'Select what happened'),
    example: 'doorstep',
  },
  /** What happened, in their own words. */
  {
    name: 'description',
    step: 'details',
    control: 'text',
    rule: optionalText('What happened', MAX.description, true),
    example: 'A man said my roof was falling in.',
  },
  /** When it happened, in their own words (a date, "last week", "I'm not sure"). */
  {
    name: 'whenHappened',
    step: 'when',
    control: 'text',
    rule: optionalText('When it happened', MAX.whenHappened),
    example: 'Last Tuesday',
  },
  {
    name: 'lostMoney',
    step: 'money',
    control: 'radios',
    rule: choice(LOST_MONEY, 'Select if you lost any money'),
    example: 'prefer-not-to-say',
  },
  { name: 'reportedTo', step: 'told', control: 'checkboxes', rule: reportedToRule, example: ['police'] },
  /** A reference number only means something next to the police or Report Fraud. */
  {
    name: 'crimeReference',
    step: 'told',
    control: 'text',
    rule: optionalText('Reference number', MAX.crimeReference),
    revealedBy: { field: 'reportedTo', values: ['police', 'report-fraud'] },
    example: '41/12345/26',
  },
  /** "yes" means the 999 advice is shown at once, and the email to Beacon says so first. */
  {
    name: 'feelUnsafe',
    step: 'safety',
    control: 'radios',
    rule: choice(YES_NO, 'Select yes if you feel unsafe now'),
    example: 'no',
  },
  /** Agreement to send the answers to Beacon, asked on "Check your answers". Required. */
  {
    name: 'consent',
    step: 'check',
    control: 'tick-box',
    rule: z.literal(CONSENT[0], { error: 'Tick the box to agree to send your answers to Beacon' }),
    example: 'yes',
  },
] as const satisfies readonly FieldSpec[];

type Field = (typeof REFERRAL_FIELDS)[number];
/** A question of the referral. */
export type AnsweredField = Field['name'];
/** The fields asked with each kind of control. */
export type FieldsAsked<C extends Control> = Extract<Field, { control: C }>['name'];

const SPECS: readonly FieldSpec[] = REFERRAL_FIELDS;

/**
 * Whether a field is asked, given the answers so far (raw or checked: both hold strings and lists). A field
 * that is not a question (the submission id, the honeypot) always is.
 */
export function isAsked(field: string, answers: Readonly<Record<string, unknown>>): boolean {
  const by = SPECS.find((spec) => spec.name === field)?.revealedBy;
  if (!by) return true;
  const answer = answers[by.field];
  const chosen: unknown[] = Array.isArray(answer) ? answer : [answer];
  return by.values.some((value) => chosen.includes(value));
}

/** How a field is asked. */
export function fieldControl(field: AnsweredField): Control {
  return SPECS.find((spec) => spec.name === field)?.control ?? 'text';
}

/** The fields asked for these answers, in order: what "Check your answers", the email and the inbox list. */
export function askedFields(answers: Readonly<Record<string, unknown>>): AnsweredField[] {
  return REFERRAL_FIELDS.map((field) => field.name).filter((name) => isAsked(name, answers));
}

/** The follow-ups a field's answers reveal, in the list's order (the contact details under "Phone", say). */
export function followUps(field: AnsweredField): { name: AnsweredField; values: readonly string[] }[] {
  return SPECS.flatMap((spec) =>
    spec.revealedBy?.field === field ? [{ name: spec.name as AnsweredField, values: spec.revealedBy.values }] : [],
  );
}

/** Fields a person may leave blank: their rule accepts no answer. */
export const OPTIONAL_FIELDS: readonly AnsweredField[] = REFERRAL_FIELDS.filter(
  (field) => field.rule.safeParse(undefined).success,
).map((field) => field.name);

/** Fields whose answer is a list (a form sends one value per ticked box). */
export const LIST_FIELDS: readonly AnsweredField[] = REFERRAL_FIELDS.filter(
  (field) => field.control === 'checkboxes',
).map((field) => field.name);

/** One complete, valid set of answers: every field's example (follow-ups for other answers included). */
export const EXAMPLE_ANSWERS = Object.fromEntries(
  REFERRAL_FIELDS.map((field) => [field.name, typeof field.example === 'string' ? field.example : [...field.example]]),
) as { [F in Field as F['name']]: F['example'] extends readonly string[] ? string[] : string };
