import { sha256Hex } from './hash.ts';
import { FIELD_NAMES, type Referral } from './schema.ts';

/**
 * The idempotency key of a referral (contract): the island's `submissionId` when given, else a hash of the
 * normalised answers — so a double click, a retry or two concurrent posts of the same answers share one key,
 * and the provider and our records send one email for it. The answers are normalised by validateReferral
 * (cleaned text, lower-case email, formatted postcode, unchosen details dropped) before they get here.
 */
export async function idempotencyKey(referral: Referral): Promise<string> {
  if (referral.submissionId) return `referral-submission-${referral.submissionId}`;
  // Fixed field order, so the same answers always hash the same way.
  const answers = FIELD_NAMES.filter((name) => name !== 'submissionId' && name !== 'website').map((name) => [
    name,
    referral[name as keyof Referral] ?? null,
  ]);
  return `referral-answers-${await sha256Hex(JSON.stringify(answers))}`;
}
