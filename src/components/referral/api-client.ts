import { referralAcceptedSchema } from '../../lib/referral/answer-schema.ts';
import { REFERRAL_ENDPOINT } from '../../lib/referral/paths.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import { knownFields, type FieldErrors } from '../../lib/referral/validate.ts';
import { apiErrorSchema } from '../../lib/web/api-error.ts';

/**
 * The island's call to POST /api/referral, the answer checked against the schemas the handler writes it
 * with (answer-schema.ts, api-error.ts), so a reference is put in an address only if it is one.
 */

export type SendOutcome =
  | { kind: 'accepted'; reference: string }
  | { kind: 'invalid'; fields: FieldErrors }
  /** Not sent: the function's message when it gave one (too many tries, not working), else none. */
  | { kind: 'failed'; message: string | null };

export async function sendReferral(answers: Answers, submissionId: string): Promise<SendOutcome> {
  let status: number;
  let body: unknown;
  try {
    const res = await fetch(REFERRAL_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ ...answers, submissionId }),
    });
    status = res.status;
    body = await res.json().catch(() => null);
  } catch {
    return { kind: 'failed', message: null };
  }
  if (status === 201) {
    const accepted = referralAcceptedSchema.safeParse(body);
    if (accepted.success) return { kind: 'accepted', reference: accepted.data.reference };
  }
  const failed = apiErrorSchema.safeParse(body);
  if (!failed.success) return { kind: 'failed', message: null };
  const fields = knownFields(failed.data.error.fields);
  if (status === 400 && Object.keys(fields).length > 0) return { kind: 'invalid', fields };
  return { kind: 'failed', message: failed.data.error.message };
}
