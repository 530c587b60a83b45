import { deliver } from './delivery/deliver.ts';
import { seal } from './delivery/seal.ts';
import type { EmailSender } from '../email/sender.ts';
import type { D1Like } from '../web/d1.ts';
import { idempotencyKey } from './idempotency.ts';
import { clientHash } from './rate-limit.ts';
import { admitReferral, waitForReferral } from './records.ts';
import { newReference } from './reference.ts';
import type { Fields } from './request-body.ts';
import { validateReferral, type FieldErrors } from './validate.ts';
import type { Logger, ReferralSettings } from './settings.ts';

/**
 * Accepting one referral: honeypot, validation, configuration, rate limit, then durable delivery — the
 * answers are sealed and stored with the claim, and sent at once; if the send fails they stay queued for
 * the cron, and the person is still given their reference. Returns what happened; the HTTP layer
 * (handler.ts) turns it into JSON or a page.
 */

export interface SubmitDeps {
  db: D1Like;
  /** The email transport; null when it is not configured (the settings say what is missing). */
  sender: EmailSender | null;
  /** Settings, or the names (never the values) of the missing configuration. */
  settings: ReferralSettings | { missing: string[] };
  clientIp: string;
  log: Logger;
  now?: () => number;
  /** Lets the confirmation email finish after the answer (the Worker's waitUntil); awaited when absent. */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** How long to wait for a concurrent send of the same referral (longer than the send timeout). */
  concurrentWait?: { pollMs: number; maxWaitMs: number };
}

/** `sent`: Beacon's copy was accepted. `queued`: stored, and the cron will deliver it. */
type Delivery = 'sent' | 'queued';

export type Outcome =
  | { kind: 'accepted'; reference: string; delivery: Delivery }
  | { kind: 'invalid'; fields: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable'; reason: 'configuration' | 'storage' };

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
    return { kind: 'accepted', reference: newReference(), delivery: 'sent' };
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
  const db = deps.db;

  const key = await idempotencyKey(referral);
  const client = await clientHash(settings.rateLimitSecret, deps.clientIp);
  const sealed = await seal(settings.referralKeys[0] ?? '', key, JSON.stringify(referral));
  const admittedAt = now();
  const admission = await admitReferral(db, {
    key,
    client,
    limit: settings.rateLimitPerHour,
    now: admittedAt,
    sealed,
    ...(settings.delivery === 'inbox' ? { inbox: { urgent: referral.feelUnsafe === 'yes' } } : {}),
  });
  if (admission.kind === 'rate-limited') {
    deps.log('warn', 'referral.rate_limited');
    return { kind: 'rate-limited', retryAfterSeconds: admission.retryAfterSeconds };
  }
  const { reference } = admission;
  if (admission.kind === 'exists') {
    // Stored already: another request is sending it, the cron will, or it has gone. Never a second send.
    const status =
      admission.status === 'sending'
        ? await waitForReferral(db, key, deps.concurrentWait ?? { pollMs: 100, maxWaitMs: 12_000 })
        : admission.status;
    return { kind: 'accepted', reference, delivery: status === 'sent' ? 'sent' : 'queued' };
  }

  const delivered = await deliver(
    { db, sender: deps.sender, settings, log: deps.log },
    { key, reference, attempts: 1, referral, receivedAt: admittedAt },
    now,
  );
  if (delivered.status !== 'sent') return { kind: 'accepted', reference, delivery: 'queued' };
  // Beacon has it; the person's confirmation email may finish after the answer.
  if (deps.waitUntil) deps.waitUntil(delivered.confirmation);
  else await delivered.confirmation;
  return { kind: 'accepted', reference, delivery: 'sent' };
}
