import { isCalendarDate, shortWrittenDate } from '../calendar-date.ts';

/**
 * The model cancellation form of Schedule 3 Part B to SI 2013/3134, filled in from the calculator's
 * answers and the trader's details, as lines (for the page) and as plain text (to copy into an email).
 * "Delete as appropriate" is done for the person: I or We, goods or service. Anything left blank stays a
 * line to write on, so the printed letter can still be finished by hand.
 *
 * Schedule 3 Part B (as published on legislation.gov.uk):
 *   To [trader's name, geographical address and, where available, fax number and e-mail address]:
 *   I/We [*] hereby give notice that I/We [*] cancel my/our [*] contract of sale of the following goods
 *   [*]/for the supply of the following service [*], Ordered on [*]/received on [*], Name of consumer(s),
 *   Address of consumer(s), Signature of consumer(s) (only if this form is notified on paper), Date
 *   [*] Delete as appropriate
 */

export const MODEL_FORM_SOURCE =
  'The model cancellation form in Schedule 3, Part B of the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013.';
export const CROWN_COPYRIGHT_NOTE =
  'Contains public sector information licensed under the Open Government Licence v3.0. © Crown copyright 2013.';
export const LETTER_TITLE = 'Notice of cancellation';

export interface LetterDetails {
  trader: { name: string; address: string; email?: string };
  /** Everyone who agreed to the contract; two or more names make the letter say "We". */
  consumers: readonly string[];
  consumerAddress: string;
  kind: 'goods' | 'services';
  /** What was bought, in the person's words: "a new block-paved driveway". */
  description: string;
  /** YYYY-MM-DD the contract was made. */
  orderedOn: string;
  /** Goods only: YYYY-MM-DD they arrived. */
  receivedOn?: string;
  /** YYYY-MM-DD the letter is dated (today). */
  date: string;
}

export interface LetterLine {
  /** The form's own words before the answer, e.g. "Ordered on". */
  label: string;
  /** The answer; a line of underscores when blank. */
  value: string;
}

const BLANK = '____________________';
const MAX_CHARACTERS = 300;

/** One line of text: spaces collapsed, control characters removed, kept to a sane length. */
function clean(text: string | undefined): string {
  return (text ?? '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_CHARACTERS);
}

/** An address typed on several lines becomes one line with commas. */
function oneLine(address: string): string {
  return clean(
    address
      .split(/\r?\n|,/)
      .map((part) => part.trim())
      .filter(Boolean)
      .join(', '),
  );
}

function orBlank(text: string): string {
  return text === '' ? BLANK : text;
}

function dateOrBlank(iso: string | undefined): string {
  return iso && isCalendarDate(iso) ? shortWrittenDate(iso) : BLANK;
}

function names(consumers: readonly string[]): string[] {
  return consumers.map(clean).filter(Boolean);
}

function joinNames(list: string[]): string {
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
}

/** The filled-in form, line by line. */
export function cancellationLetterLines(d: LetterDetails): LetterLine[] {
  const people = names(d.consumers);
  const we = people.length > 1;
  const [subject, our] = we ? ['We', 'our'] : ['I', 'my'];
  const what =
    d.kind === 'goods' ? 'contract of sale of the following goods' : 'contract for the supply of the following service';
  const trader = [clean(d.trader.name), oneLine(d.trader.address), clean(d.trader.email)].filter(Boolean).join(', ');
  const lines: LetterLine[] = [
    { label: 'To', value: orBlank(trader) },
    {
      label: `${subject} hereby give notice that ${subject} cancel ${our} ${what}`,
      value: orBlank(clean(d.description)),
    },
    { label: 'Ordered on', value: dateOrBlank(d.orderedOn) },
  ];
  if (d.kind === 'goods') lines.push({ label: 'Received on', value: dateOrBlank(d.receivedOn) });
  lines.push(
    { label: 'Name of consumer(s)', value: orBlank(joinNames(people)) },
    { label: 'Address of consumer(s)', value: orBlank(oneLine(d.consumerAddress)) },
    { label: 'Signature of consumer(s) (only if this form is notified on paper)', value: BLANK },
    { label: 'Date', value: dateOrBlank(d.date) },
  );
  return lines;
}

/** The same letter as plain text, to paste into an email or print. */
export function cancellationLetterText(d: LetterDetails): string {
  const body = cancellationLetterLines(d).map((line) => `${line.label}: ${line.value}`);
  return [LETTER_TITLE, '', ...body, ''].join('\n');
}

/** The blank model form, word for word, for printing and filling in by hand (the page without JavaScript). */
export const BLANK_MODEL_FORM: readonly LetterLine[] = [
  { label: 'To', value: 'trader’s name, address and email address' },
  {
    label:
      'I/We [*] hereby give notice that I/We [*] cancel my/our [*] contract of sale of the following goods [*]/for the supply of the following service [*]',
    value: BLANK,
  },
  { label: 'Ordered on [*]/received on [*]', value: BLANK },
  { label: 'Name of consumer(s)', value: BLANK },
  { label: 'Address of consumer(s)', value: BLANK },
  { label: 'Signature of consumer(s) (only if this form is notified on paper)', value: BLANK },
  { label: 'Date', value: BLANK },
];
export const DELETE_AS_APPROPRIATE = '[*] Delete as appropriate.';
