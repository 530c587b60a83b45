import * as z from '../validation.ts';
import { cleanLine, cleanMultiline } from '../text/clean.ts';

/**
 * The rules a referral's answers are checked by (validation.ts, zod's API): the choices, the longest answers, and
 * the kinds of text. fields.ts puts each field's rule beside its step and when it is asked. Messages follow
 * GOV.UK's error message style: say what to do, in plain words ("Enter your phone number").
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

/** The message for an answer that is too long, naming the field: "Name must be 100 characters or fewer". */
export const tooLong = (label: string, max: number): string => `${label} must be ${thousands(max)} characters or fewer`;

/** A required choice from a list, with one message for missing, wrong type or unknown value. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** Text cleaned by `clean`, then checked against `checks` (each with its own message). */
function cleanedText(clean: (v: string) => string, typeMessage: string, ...checks: z.Check<string>[]) {
  return z.pipe(z.pipe(z.string({ error: typeMessage }), z.transform(clean)), z.string().check(...checks));
}

/** Optional one-line or multi-line text: absent means '', too long gets a message naming the field. */
export function optionalText(label: string, max: number, multiline = false) {
  return z.pipe(
    z.pipe(
      z.optional(z.string({ error: `${label} must be text` })),
      z.transform((v: string | undefined) => (multiline ? cleanMultiline(v ?? '') : cleanLine(v ?? ''))),
    ),
    z.string().check(z.maxLength(max, tooLong(label, max))),
  );
}

/** Required one-line text. */
export function requiredText(max: number, messages: { required: string; tooLong: string }) {
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

/** The contact detail for each method: required, but asked only for the method the person chose (fields.ts). */
export const contactDetailRules = {
  /** A UK or international phone number: 10 to 15 digits, with spaces, brackets or dashes if you like. */
  phone: requiredText(MAX.phone, { required: 'Enter your phone number', tooLong: PHONE_MESSAGE }).check(
    z.refine((v: string) => PHONE_CHARACTERS.test(v) && /^(\D*\d){10,15}\D*$/.test(v), PHONE_MESSAGE),
  ),
  /** An email address, stored in lower case. */
  email: z.pipe(
    z.pipe(
      requiredText(MAX.email, {
        required: 'Enter your email address',
        tooLong: tooLong('Email address', MAX.email),
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
    z.maxLength(MAX.address, tooLong('Address', MAX.address)),
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

/** Who they have told already; "none" stands alone. */
export const reportedToRule = toldList.check(
  z.refine((list) => list.length > 0, "Select who you have told, or select 'No one yet'"),
  z.refine(
    (list) => !(list.includes('none') && list.length > 1),
    "Select 'No one yet' on its own, or only the people you have told",
  ),
);
