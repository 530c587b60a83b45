import { CATEGORIES } from '../advice/categories.ts';
import { AREAS } from '../alerts/areas.ts';
import { CHANNELS } from '../alerts/channels.ts';

/**
 * What the editor shows an officer for each frontmatter field: a label, a hint in plain words, and for
 * enums the name of each value. The fields themselves (types, required, limits, enum values) come from
 * the zod schemas; a schema field with no wording here stops the build (src/lib/cms/editor-config.ts).
 */
export interface FieldWording {
  label: string;
  hint?: string;
  /** Shown as a box of several lines rather than one line. */
  multiline?: boolean;
  /** The name an officer sees for each value of an enum, by value. */
  options?: Readonly<Record<string, string>>;
  /** The field holds file names of pages in this collection: the editor offers a search of them. */
  relation?: { collection: string };
  /** Wording for the fields of each item, when the field is a list of objects. */
  item?: Readonly<Record<string, FieldWording>>;
}

const byId = <T extends { id: string }>(list: readonly T[], name: (item: T) => string) =>
  Object.fromEntries(list.map((item) => [item.id, name(item)]));

const SOURCE_ITEM: Record<string, FieldWording> = {
  title: {
    label: 'What it is',
    hint: 'Name it the way a reader would, with its date, e.g. "Citizens Advice - cancelling a contract (2026)".',
  },
  url: {
    label: 'Web address',
    hint: 'The page that says the fact, starting https://. Not a home page.',
  },
};

const RELATED: FieldWording = {
  label: 'Pages to read next',
  hint: 'Advice pages shown at the end. Start typing a page title.',
  relation: { collection: 'advice' },
};

export const ADVICE_WORDING: Readonly<Record<string, FieldWording>> = {
  title: { label: 'Title', hint: 'The words a resident would search for. At most 80 characters.' },
  summary: {
    label: 'Summary',
    hint: 'One or two short sentences for lists and search results. At most 160 characters.',
    multiline: true,
  },
  category: { label: 'Section', options: byId(CATEGORIES, (c) => c.title) },
  keywords: {
    label: 'Other words people use',
    hint: 'Words residents might search for, e.g. "cowboy builder". One per line.',
  },
  updated: { label: 'Last checked', hint: 'The day you checked the page against its sources.' },
  reviewDue: {
    label: 'Check again by',
    hint: 'The day someone must check the page again. Usually 6 months after "Last checked".',
  },
  sources: {
    label: 'Sources',
    hint: 'Where each fact comes from. Every page that states the law, a number or a figure needs one.',
    item: SOURCE_ITEM,
  },
  related: RELATED,
  order: { label: 'Order in its section', hint: 'Lower numbers come first. Leave it at 100 if unsure.' },
  printable: { label: 'Made to be printed', hint: 'Only for a sticker, leaflet or card.' },
};

export const ALERT_WORDING: Readonly<Record<string, FieldWording>> = {
  title: { label: 'Title', hint: 'What is going round, in a resident’s words. At most 100 characters.' },
  summary: {
    label: 'Summary',
    hint: 'One or two short sentences for the list, the feeds and the home page. At most 160 characters.',
    multiline: true,
  },
  published: { label: 'Warning first given', hint: 'The date on the source’s own warning.' },
  expires: {
    label: 'Show as current until',
    hint: 'The last day it shows as current. About 3 months after it was given, unless the source says more.',
  },
  updated: { label: 'Changed on', hint: 'Only if you changed the alert after it was published.' },
  withdrawn: {
    label: 'Taken down early',
    hint: 'Tick it if the warning was wrong or is over. Say why at the top of the text.',
  },
  areas: {
    label: 'Where',
    hint: 'The districts it is about, or all of Hertfordshire, or all of the UK.',
    options: byId(AREAS, (a) => a.name),
  },
  channels: { label: 'How it comes', options: byId(CHANNELS, (c) => c.name) },
  sources: {
    label: 'Sources',
    hint: 'The police, Trading Standards or regulator page that gives the warning.',
    item: SOURCE_ITEM,
  },
  related: RELATED,
};

/** The body of a new alert: the sections every alert needs (the content check looks for them). */
export const ALERT_TEMPLATE = [
  'Say what is happening in two or three short sentences. Say who warned about it, and when.',
  '',
  '## How to spot it',
  '',
  '- The first sign.',
  '- The second sign.',
  '',
  '## What to do now',
  '',
  '1. The first thing to do.',
  '2. Paid or gave your bank details? Call your bank on {{tel:bank}} now.',
  '',
  '## Where to report it',
  '',
  'Report it to Report Fraud on {{tel:report-fraud}}.',
  '',
].join('\n');
