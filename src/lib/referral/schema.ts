import * as z from '../validation.ts';
import { cleanLine, cleanMultiline } from './text.ts';

/**
 * The Beacon self-referral: one schema (validation.ts) for the island (step by step) and the function (everything at
 * once). Field names and values are the contract in DESIGN.md. Messages follow GOV.UK's error message
 * style: say what to do, in plain words ("Enter your phone number").
 */

export const FOR_WHOM = ['self', 'someone-else'] as const;
export const CONTACT_METHODS = ['phone', 'email', 'post'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const WHAT_HAPPENED = ['doorstep', 'phone', 'online', 'post', 'romance', 'investment', 'other'] as const;
export const LOST_MONEY = ['yes', 'no', 'prefer-not-to-say'] as const;
export const REPORTED_TO = ['police', 'report-fraud', 'bank', 'none'] as const;
/** The one answer consent has: agreeing is required. */
export const CONSENT = ['yes'] as const;

/** Longest accepted answers, in characters after cleaning. They keep any valid referral well under 16 KB. */
export const MAX = {
  name: 100,
  phone: 30,
  email: 254,
  address: 300,
  postcode: 10,
  bestTime: 100,
  description: 1500,
  whenHappened: 100,
  crimeReference: 50,
} as const;

const thousands = (n: number): string => n.toLocaleString('en-GB');

/** A required choice from a list, with one message for missing, wrong type or unknown value. */
function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** Text cleaned by `clean`, then checked against `checks` (each with its own message). */
function cleanedText(clean: (v: string) => string, typeMessage: string, ...checks: z.Check<string>[]) {
  return z.pipe(z.pipe(z.string({ error: typeMessage }), z.transform(clean)), z.string().check(...checks));
}

/** Optional one-line or multi-line text: absent means '', too long gets a message naming the field. */
function optionalText(label: string, max: number, multiline = false) {
  return z.pipe(
    z.pipe(
      z.optional(z.string({ error: `${label} must be text` })),
      z.transform((v: string | undefined) => (multiline ? cleanMultiline(v ?? '') : cleanLine(v ?? ''))),
    ),
    z.string().check(z.maxLength(max, `${label} must be ${thousands(max)} characters or fewer`)),
  );
}

/** Required one-line text. */
function requiredText(max: number, messages: { required: string; tooLong: string }) {
  return cleanedText(
    cleanLine,
    messages.required,
    z.minLength(1, messages.required),
    z.maxLength(max, messages.tooLong),
  );
}

const UK_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const PHONE_CHARACTERS = /^\+?[0-9 ()-]+$/;
const PHONE_MESSAGE = 'Enter a phone number, like 01632 960 001 or 07700 900 982';

/** The contact detail for each method; required only for the method the person chose (see validate.ts). */
export const contactDetailSchemas = {
  /** A UK or international phone number: 10 to 15 digits, with spaces, brackets or dashes if you like. */
  phone: requiredText(MAX.phone, { required: 'Enter your phone number', tooLong: PHONE_MESSAGE }).check(
    z.refine((v: string) => PHONE_CHARACTERS.test(v) && /^(\D*\d){10,15}\D*$/.test(v), PHONE_MESSAGE),
  ),
  /** An email address, stored in lower case. */
  email: z.pipe(
    z.pipe(
      requiredText(MAX.email, {
        required: 'Enter your email address',
        tooLong: 'Email address must be 254 characters or fewer',
      }),
      z.transform((v: string) => v.toLowerCase()),
    ),
    z.email({ error: 'Enter an email address in the correct format, like name@example.com' }),
  ),
  /** A postal address, several lines. */
  address: cleanedText(
    cleanMultiline,
    'Enter your address',
    z.minLength(1, 'Enter your address'),
    z.maxLength(MAX.address, `Address must be ${thousands(MAX.address)} characters or fewer`),
  ),
  /** A full UK postcode, stored in capitals with one space, e.g. "AL10 9AB". */
  postcode: z.pipe(
    cleanedText(
      (v) => cleanLine(v).toUpperCase().replace(/\s/g, ''),
      'Enter your postcode',
      z.minLength(1, 'Enter your postcode'),
      z.refine((v: string) => v === '' || UK_POSTCODE.test(v), 'Enter a full UK postcode, like AL10 9AB'),
    ),
    z.transform((v: string) => v.replace(UK_POSTCODE, '$1 $2')),
  ),
} as const;

/** Who they have told, as a list whatever the form sent (one checkbox arrives as a string). */
const toldList = z.pipe(
  z.pipe(
    z.transform((v: unknown) => (v === undefined ? [] : typeof v === 'string' ? [v] : v)),
    z.array(z.enum(REPORTED_TO, { error: 'Select who you have told' }), { error: 'Select who you have told' }),
  ),
  z.transform((list: (typeof REPORTED_TO)[number][]) => REPORTED_TO.filter((option) => list.includes(option))),
);

/** Every field of the contract. Contact details here are loose; validate.ts applies the chosen one's rules. */
export const referralFields = {
  /** Who needs support: the person filling in the form, or someone they are helping. */
  forWhom: choice(FOR_WHOM, 'Select who needs support'),
  /** The name of the person who needs support. */
  name: requiredText(MAX.name, {
    required: 'Enter your name',
    tooLong: `Name must be ${thousands(MAX.name)} characters or fewer`,
  }),
  /** How Beacon should get in touch. */
  contactMethod: choice(CONTACT_METHODS, 'Select how Beacon should contact you'),
  /** Phone number, when contactMethod is phone. */
  phone: optionalText('Phone number', MAX.phone),
  /** Email address, when contactMethod is email. */
  email: optionalText('Email address', MAX.email),
  /** Postal address, when contactMethod is post. */
  address: optionalText('Address', MAX.address, true),
  /** Postcode, when contactMethod is post. */
  postcode: optionalText('Postcode', MAX.postcode),
  /** Whether Beacon may leave a message or send an email or letter (some people are watched). */
  safeToLeaveMessage: choice(YES_NO, 'Select yes if it is safe for Beacon to leave a message'),
  /** When it is best to contact them, in their own words. */
  bestTime: optionalText('Best time', MAX.bestTime),
  /** The kind of crime or scam. */
  whatHappened: choice(WHAT_HAPPENED, 'Select what happened'),
  /** What happened, in their own words. */
  description: optionalText('What happened', MAX.description, true),
  /** When it happened, in their own words (a date, "last week", "I'm not sure"). */
  whenHappened: optionalText('When it happened', MAX.whenHappened),
  /** Whether they lost money. */
  lostMoney: choice(LOST_MONEY, 'Select if you lost any money'),
  /** Who they have told already; "none" stands alone. */
  reportedTo: toldList.check(
    z.refine((list) => list.length > 0, "Select who you have told, or select 'No one yet'"),
    z.refine(
      (list) => !(list.includes('none') && list.length > 1),
      "Select 'No one yet' on its own, or only the people you have told",
    ),
  ),
  /** A police or Report Fraud reference, if they have one. */
  crimeReference: optionalText('Reference number', MAX.crimeReference),
  /** Whether they feel unsafe now: "yes" means the 999 advice is shown at once. */
  feelUnsafe: choice(YES_NO, 'Select yes if you feel unsafe now'),
  /** Agreement to send the answers to Beacon. Required. */
  consent: z.literal(CONSENT[0], { error: 'Tick the box to agree to send your answers to Beacon' }),
  /** A UUID the island makes once per set of answers, so retries and double clicks send one email. */
  submissionId: z.optional(
    z.pipe(
      z.uuid({ error: 'Submission ID must be a UUID' }),
      z.transform((v: string) => v.toLowerCase()),
    ),
  ),
  /** Honeypot for bots: people never see it, so it must be empty. */
  website: z.optional(z.literal('', { error: 'Leave this field empty' })),
};

export type FieldName = keyof typeof referralFields;
export const FIELD_NAMES = Object.keys(referralFields) as FieldName[];

/** A referral after validation (validateReferral) and cleaning: only the chosen contact detail is kept. */
export type Referral = Omit<z.output<z.ObjectSchema<typeof referralFields>>, 'website'>;
/** Answers as the island and the form hold them: strings, and a list for reportedTo. */
export type Answers = { [K in Exclude<FieldName, 'reportedTo'>]?: string | undefined } & {
  reportedTo?: string[] | undefined;
};
