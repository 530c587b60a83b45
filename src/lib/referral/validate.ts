import type * as z from '../validation.ts';
import { isAsked } from './fields.ts';
import { FIELD_NAMES, referralFields, type FieldName, type Referral } from './schema.ts';

/**
 * Runs the schema over every field (or only a step's fields) and collects one plain-English message per
 * field, so the error summary lists every problem at once — one object check alone would skip the cross-field rules
 * whenever any single field fails.
 */

export type FieldErrors = Partial<Record<FieldName, string>>;
export type Validation = { ok: true; data: Referral } | { ok: false; fields: FieldErrors };

/** Reads a property only if the object has it itself (never from a prototype, whatever the keys were). */
function own(input: unknown, key: string): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  if (!Object.hasOwn(input, key)) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return value === null ? undefined : value;
}

function firstMessage(error: z.ValidationError): string {
  return error.issues[0]?.message ?? 'Check this answer';
}

/**
 * Validates a referral. With `only`, checks just those fields (a step of the island) and, when it passes,
 * still answers `ok: false` with no fields if the whole referral is not yet complete.
 */
export function validateReferral(input: unknown, only?: readonly FieldName[]): Validation {
  const wanted = new Set<FieldName>(only ?? FIELD_NAMES);
  const errors = new Map<FieldName, string>();
  const values: Record<string, unknown> = {};

  // In the list's order, so a follow-up is decided by its question's checked answer: one not asked is ''
  // (never checked, sent or kept), whatever was typed into it before the answer changed.
  for (const name of FIELD_NAMES) {
    if (!isAsked(name, values)) {
      values[name] = '';
      continue;
    }
    const result = referralFields[name].safeParse(own(input, name));
    if (result.success) values[name] = result.data;
    else if (wanted.has(name)) errors.set(name, firstMessage(result.error));
  }

  if (errors.size > 0) {
    return {
      ok: false,
      fields: Object.fromEntries(FIELD_NAMES.flatMap((n) => (errors.has(n) ? [[n, errors.get(n)]] : []))),
    };
  }
  const complete = FIELD_NAMES.every((name) => name in values);
  if (!complete) return { ok: false, fields: {} };
  // The honeypot is not an answer, and submissionId is there only when it was given.
  const data = Object.fromEntries(
    Object.entries(values).filter(
      ([name, value]) => name !== 'website' && !(name === 'submissionId' && value === undefined),
    ),
  );
  return { ok: true, data: data as Referral };
}

/** The fields in error, in the order of the form (for the error summary). */
export function errorsInOrder(fields: FieldErrors): [FieldName, string][] {
  return FIELD_NAMES.flatMap((name) => (fields[name] ? [[name, fields[name]] as [FieldName, string]] : []));
}

/** Only the messages for fields of the form, from an answer the island did not write itself. */
export function knownFields(fields: Record<string, string> | undefined): FieldErrors {
  return Object.fromEntries(FIELD_NAMES.flatMap((name) => (fields?.[name] ? [[name, fields[name]]] : [])));
}
