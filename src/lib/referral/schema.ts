import * as z from '../validation.ts';
import { REFERRAL_FIELDS, type FieldsAsked } from './fields.ts';

/**
 * The Beacon self-referral's schema (validation.ts): every question's rule, from fields.ts, and the two fields
 * the form sends that are not answers. One schema for the island (step by step) and the function (everything
 * at once). Field names and values are the contract in DESIGN.md.
 */

type Field = (typeof REFERRAL_FIELDS)[number];

const notAnswers = {
  /**
   * A UUID made once per set of answers (by the island, or by the Worker in the no-JavaScript form), so
   * retries and double clicks send one email. An empty one is no id: the form as built has no id in it.
   */
  submissionId: z.pipe(
    z.transform((v: unknown) => (v === '' ? undefined : v)),
    z.optional(
      z.pipe(
        z.uuid({ error: 'Submission ID must be a UUID' }),
        z.transform((v: string) => v.toLowerCase()),
      ),
    ),
  ),
  /** Honeypot for bots: people never see it, so it must be empty. */
  website: z.optional(z.literal('', { error: 'Leave this field empty' })),
};

/** Every field of the contract, in the form's order. Follow-ups are checked only when asked (validate.ts). */
export const referralFields = {
  ...(Object.fromEntries(REFERRAL_FIELDS.map((field) => [field.name, field.rule])) as {
    [F in Field as F['name']]: F['rule'];
  }),
  ...notAnswers,
};

export type FieldName = keyof typeof referralFields;
export const FIELD_NAMES = Object.keys(referralFields) as FieldName[];

/** A referral after validation (validateReferral) and cleaning: a follow-up not asked is ''. */
export type Referral = Omit<z.output<z.ObjectSchema<typeof referralFields>>, 'website'>;
/** Answers as the island and the form hold them: strings, and a list for each set of checkboxes. */
export type Answers = { [K in Exclude<FieldName, FieldsAsked<'checkboxes'>>]?: string | undefined } & {
  [K in FieldsAsked<'checkboxes'>]?: string[] | undefined;
};
