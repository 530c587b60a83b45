import type { FieldName, Referral } from './schema.ts';
import { validateReferral } from './validate.ts';

/**
 * Answers opened from their seal, checked by today's schema before anything is sent or shown: a record
 * written under an older schema (a field since added, a value since renamed) fails here, naming the fields,
 * and is never sent half-formed. Its names only are logged, never its values.
 */
export type OpenedAnswers = { ok: true; referral: Referral } | { ok: false; reason: 'unreadable'; fields: FieldName[] };

export function readSealedAnswers(plaintext: string): OpenedAnswers {
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    return { ok: false, reason: 'unreadable', fields: [] };
  }
  const checked = validateReferral(parsed);
  if (checked.ok) return { ok: true, referral: checked.data };
  return { ok: false, reason: 'unreadable', fields: Object.keys(checked.fields) as FieldName[] };
}
