import * as z from '../validation.ts';
import { REFERENCE_PATTERN } from './reference.ts';

/**
 * What POST /api/referral answers with 201 (contract in DESIGN.md). The handler builds its answer to
 * this type and the island checks the answer with it before it puts the reference in an address.
 */
export const referralAcceptedSchema = z.object({
  /** The referral's reference, e.g. BCN-7K3M-Q9TX. */
  reference: z.string().check(z.regex(REFERENCE_PATTERN)),
  /** Whether the email went at once or is queued for the retry job. */
  delivery: z.enum(['sent', 'queued']),
});
export type ReferralAccepted = z.infer<typeof referralAcceptedSchema>;
