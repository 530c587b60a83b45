import { confirmationEmail } from '../confirmation-email.ts';
import { referralEmail } from '../email.ts';
import { inboxNotification } from '../../inbox/notification.ts';
import type { EmailSender } from '../../email/sender.ts';
import type { D1Like } from '../../web/d1.ts';
import type { Referral } from '../schema.ts';
import type { Logger, ReferralSettings } from '../settings.ts';
import { markQueued, markSent, markStopped } from './store.ts';

/**
 * One delivery attempt for a claimed referral, the same for a new referral and a cron retry: Beacon's email
 * with the referral's idempotency key (inbox mode: the notice that it waits; email mode: every answer); on
 * success the record says sent (email mode: the sealed answers are deleted), then (only then) the person's
 * own confirmation; on failure it is queued for the cron, or stopped when a retry could never succeed.
 */

export interface DeliveryDeps {
  db: D1Like;
  sender: EmailSender;
  settings: ReferralSettings;
  log: Logger;
  /** Waits for a send slot under the provider's rate limit (the cron's shared pace); none for a new referral. */
  pace?: () => Promise<void>;
}

export interface Job {
  key: string;
  reference: string;
  /** Attempts so far, this one included. */
  attempts: number;
  referral: Referral;
  /** When the referral was first stored (ms): the notice says so, the same on every retry. */
  receivedAt: number;
}

export type Delivered =
  | { status: 'sent'; confirmation: Promise<void> }
  | { status: 'queued'; retryAfterSeconds?: number }
  | { status: 'stopped' };

export async function deliver(deps: DeliveryDeps, job: Job, now: () => number): Promise<Delivered> {
  const { db, sender, settings, log } = deps;
  const { key, reference, referral } = job;
  const inbox = settings.delivery === 'inbox';
  const message = inbox
    ? inboxNotification({ reference, receivedAt: job.receivedAt, urgent: referral.feelUnsafe === 'yes' }, settings)
    : referralEmail(referral, reference, settings);
  const result = await sender.send(message, key);
  if (result.ok) {
    // Inbox mode: the answers stay sealed for the inbox (deleted by its retention); email mode: Beacon has them.
    await markSent(db, key, result.id, now(), { keepAnswers: inbox });
    log('info', 'referral.sent', { reference, via: sender.name, attempts: job.attempts });
    return { status: 'sent', confirmation: sendConfirmation(deps, job) };
  }
  const detail = { reference, via: sender.name, reason: result.reason, detail: result.detail, attempts: job.attempts };
  if (result.reason === 'conflict') {
    await markStopped(db, key, 'rejected', now());
    log('error', 'referral.delivery_stopped', { reference, reason: 'rejected' });
    return { status: 'stopped' };
  }
  const retryAfter = result.retryAfterSeconds;
  await markQueued(db, key, job.attempts, now(), retryAfter ? now() + retryAfter * 1000 : 0);
  log('warn', 'referral.send_failed', detail);
  return retryAfter ? { status: 'queued', retryAfterSeconds: retryAfter } : { status: 'queued' };
}

/** The person's own short email, if they chose email and said it is safe. Its failure never fails the referral. */
async function sendConfirmation({ sender, settings, log, pace }: DeliveryDeps, { key, reference, referral }: Job) {
  if (referral.contactMethod !== 'email' || referral.safeToLeaveMessage !== 'yes') return;
  try {
    await pace?.();
    const result = await sender.send(
      confirmationEmail(referral.email, reference, settings.from),
      `${key}-confirmation`,
    );
    if (!result.ok)
      log('warn', 'referral.confirmation_failed', { reference, reason: result.reason, detail: result.detail });
  } catch (error) {
    log('warn', 'referral.confirmation_failed', { reference, error: error instanceof Error ? error.name : 'error' });
  }
}
