import { confirmationEmail } from '../email/confirmation-email.ts';
import { referralEmail } from '../email/referral-email.ts';
import type { EmailSender } from '../email/sender.ts';
import type { D1Like } from './d1.ts';
import { idempotencyKey } from './idempotency.ts';
import { clientHash } from './rate-limit.ts';
import { admitReferral, finishReferral, waitForReferral } from './records.ts';
import { newReference } from './reference.ts';
import type { Fields } from './request-body.ts';
import type { Referral } from './schema.ts';
import { validateReferral, type FieldErrors } from './validate.ts';

/**
 * Accepting one referral: honeypot, validation, configuration, rate limit, then exactly-once sending.
 * Returns what happened; the HTTP layer (handler.ts) turns it into JSON or a page.
 */

export interface ReferralSettings {
  environment: 'development' | 'production';
  /** Beacon's intake address and our sender address (contract: REFERRAL_TO, REFERRAL_FROM). */
  to: string;
  from: string;
  rateLimitSecret: string;
  rateLimitPerHour: number;
}

/** A log line without personal data: an event name and a few codes (references, reasons, counts). */
export type Logger = (
  level: 'info' | 'warn' | 'error',
  event: string,
  detail?: Record<string, string | number>,
) => void;

export interface SubmitDeps {
  db: D1Like;
  /** The email transport; null when it is not configured (the settings say what is missing). */
  sender: EmailSender | null;
  /** Settings, or the names (never the values) of the missing configuration. */
  settings: ReferralSettings | { missing: string[] };
  clientIp: string;
  log: Logger;
  now?: () => number;
  /** Lets the confirmation email finish after the answer (Pages' waitUntil); awaited when absent. */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** How long to wait for a concurrent send of the same referral (longer than the send timeout). */
  concurrentWait?: { pollMs: number; maxWaitMs: number };
}

export type Outcome =
  | { kind: 'accepted'; reference: string }
  | { kind: 'invalid'; fields: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable'; reason: 'configuration' | 'provider' | 'busy' };

function honeypotFilled(fields: Fields): boolean {
  if (!Object.hasOwn(fields, 'website')) return false;
  const value = fields['website'];
  return !(value === '' || value === null || value === undefined);
}

export async function submitReferral(fields: Fields, deps: SubmitDeps): Promise<Outcome> {
  const now = deps.now ?? Date.now;
  if (honeypotFilled(fields)) {
    // Bots get what looks like success, and nothing is stored or sent.
    deps.log('info', 'referral.honeypot');
    return { kind: 'accepted', reference: newReference() };
  }
  const validation = validateReferral(fields);
  if (!validation.ok) return { kind: 'invalid', fields: validation.fields };
  const referral = validation.data;

  if (!deps.sender || 'missing' in deps.settings) {
    const missing = 'missing' in deps.settings ? deps.settings.missing : ['RESEND_API_KEY'];
    deps.log('error', 'referral.configuration_error', { missing: missing.join(',') });
    return { kind: 'unavailable', reason: 'configuration' };
  }
  const settings = deps.settings;
  const sender = deps.sender;
  const db = deps.db;

  const key = await idempotencyKey(referral);
  const client = await clientHash(settings.rateLimitSecret, deps.clientIp);
  const admission = await admitReferral(db, { key, client, limit: settings.rateLimitPerHour, now: now() });
  if (admission.kind === 'sent') return { kind: 'accepted', reference: admission.reference };
  if (admission.kind === 'rate-limited') {
    deps.log('warn', 'referral.rate_limited');
    return { kind: 'rate-limited', retryAfterSeconds: admission.retryAfterSeconds };
  }
  if (admission.kind === 'in-flight') {
    const settled = await waitForReferral(db, key, deps.concurrentWait ?? { pollMs: 100, maxWaitMs: 12_000 });
    if (settled?.status === 'sent') return { kind: 'accepted', reference: settled.reference };
    return { kind: 'unavailable', reason: settled ? 'provider' : 'busy' };
  }

  const { reference } = admission;
  const result = await sender.send(referralEmail(referral, reference, settings), key);
  if (!result.ok) {
    await finishReferral(db, key, 'failed', now());
    deps.log('error', 'referral.send_failed', {
      reference,
      via: sender.name,
      reason: result.reason,
      detail: result.detail,
    });
    return { kind: 'unavailable', reason: 'provider' };
  }
  deps.log('info', 'referral.sent', { reference, via: sender.name });

  // The provider has it, so the person can be told now. Recording "sent" and the confirmation email may
  // finish after the answer: if the record were lost, the row would look abandoned after its lease and a
  // retry would resend with the same key, which the provider deduplicates.
  const after = Promise.all([
    finishReferral(db, key, 'sent', now()),
    sendConfirmation(referral, reference, key, sender, settings, deps.log),
  ]).catch((error: unknown) => {
    deps.log('warn', 'referral.after_send_failed', { reference, error: error instanceof Error ? error.name : 'error' });
  });
  if (deps.waitUntil) deps.waitUntil(after);
  else await after;
  return { kind: 'accepted', reference };
}

/** The person's own short email, if they chose email and said it is safe. Its failure never fails the referral. */
async function sendConfirmation(
  referral: Referral,
  reference: string,
  key: string,
  sender: EmailSender,
  settings: ReferralSettings,
  log: Logger,
): Promise<void> {
  if (referral.contactMethod !== 'email' || referral.safeToLeaveMessage !== 'yes') return;
  const result = await sender.send(confirmationEmail(referral.email, reference, settings.from), `${key}-confirmation`);
  if (!result.ok)
    log('warn', 'referral.confirmation_failed', { reference, reason: result.reason, detail: result.detail });
}
