import type { D1Like } from '../../web/d1.ts';
import { CLAIM_SIZE, LEASE_MS, PURGE_AFTER_MS, retryDelayMs, STOP_AFTER_MS } from './schedule.ts';

/**
 * The delivery queue in D1. A claim is one UPDATE … RETURNING, so two overlapping cron runs can never take
 * the same row: D1 runs each statement on its single writer, and a row claimed by one run has a lease the
 * other's WHERE clause excludes.
 */

export interface Claimed {
  key: string;
  reference: string;
  attempts: number;
  sealed: string | null;
  receivedAt: number;
}

/** Takes up to CLAIM_SIZE due rows (queued and due, or sending with a lapsed lease) and their sealed answers. */
export async function claimDue(db: D1Like, now: number): Promise<Claimed[]> {
  const { results } = await db
    .prepare(
      `UPDATE referrals SET status = 'sending', lease_until = ?1 + ?2, attempts = attempts + 1, updated_at = ?1
       WHERE idempotency_key IN (
         SELECT idempotency_key FROM referrals
         WHERE (status = 'queued' AND next_attempt_at <= ?1) OR (status = 'sending' AND lease_until <= ?1)
         ORDER BY next_attempt_at LIMIT ?3)
       RETURNING idempotency_key AS key, reference, attempts, created_at AS receivedAt,
         (SELECT sealed FROM referral_answers a WHERE a.idempotency_key = referrals.idempotency_key) AS sealed`,
    )
    .bind(now, LEASE_MS, CLAIM_SIZE)
    .all<Claimed>();
  return results;
}

/**
 * Beacon's email was accepted: keep the message id and times. In email mode Beacon now has the answers, so
 * the sealed copy is deleted at once; in inbox mode it stays for the inbox (keepAnswers).
 */
export async function markSent(
  db: D1Like,
  key: string,
  messageId: string,
  now: number,
  { keepAnswers = false }: { keepAnswers?: boolean } = {},
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `UPDATE referrals SET status = 'sent', sent_at = COALESCE(sent_at, ?3), message_id = COALESCE(message_id, ?2),
           updated_at = ?3, lease_until = NULL, next_attempt_at = NULL WHERE idempotency_key = ?1`,
      )
      .bind(key, messageId, now),
    ...(keepAnswers ? [] : [db.prepare('DELETE FROM referral_answers WHERE idempotency_key = ?').bind(key)]),
  ]);
}

/** The send failed: queue it for the next try (after `notBefore` if the provider said when). */
export async function markQueued(db: D1Like, key: string, attempts: number, now: number, notBefore = 0): Promise<void> {
  await db
    .prepare(
      `UPDATE referrals SET status = 'queued', next_attempt_at = ?2, lease_until = NULL, updated_at = ?3
       WHERE idempotency_key = ?1 AND status = 'sending'`,
    )
    .bind(key, Math.max(now + retryDelayMs(attempts), notBefore), now)
    .run();
}

export async function markStopped(db: D1Like, key: string, reason: string, now: number): Promise<void> {
  await db
    .prepare(
      `UPDATE referrals SET status = 'stopped', stop_reason = ?2, lease_until = NULL, next_attempt_at = NULL,
         updated_at = ?3 WHERE idempotency_key = ?1 AND status <> 'sent'`,
    )
    .bind(key, reason, now)
    .run();
}

/**
 * Stops rows whose retry window is over (before Resend's 24-hour key window ends) and deletes sealed answers
 * older than 7 days. Returns the references stopped, for the operator's log line.
 */
export async function stopExpiredAndPurge(db: D1Like, now: number): Promise<string[]> {
  const [stopped] = await db.batch([
    db
      .prepare(
        `UPDATE referrals SET status = 'stopped', stop_reason = 'window', lease_until = NULL, next_attempt_at = NULL,
           updated_at = ?1
         WHERE window_started_at <= ?2 AND (status = 'queued' OR (status = 'sending' AND lease_until <= ?1))
         RETURNING reference`,
      )
      .bind(now, now - STOP_AFTER_MS),
    // Answers in the inbox follow its own retention (src/lib/inbox/store.ts), not this 7-day purge.
    db
      .prepare(
        `DELETE FROM referral_answers WHERE created_at <= ?
           AND idempotency_key NOT IN (SELECT idempotency_key FROM inbox WHERE answers_deleted_at IS NULL)`,
      )
      .bind(now - PURGE_AFTER_MS),
  ]);
  return (stopped?.results ?? []).map((row) => (row as { reference: string }).reference);
}

/**
 * Reserves the next send slot shared by every run: returns the moment (real time, ms) this send may start,
 * never before `notBefore` (a full interval after this run's last send really started).
 */
export async function reserveSlot(db: D1Like, realNow: number, intervalMs: number, notBefore = 0): Promise<number> {
  const row = await db
    .prepare(
      `UPDATE delivery_pace SET next_slot = MAX(next_slot, ?1, ?3) + ?2 WHERE id = 1 RETURNING next_slot - ?2 AS slot`,
    )
    .bind(realNow, intervalMs, notBefore)
    .first<{ slot: number }>();
  return row?.slot ?? realNow;
}

/** After a 429: nobody starts a send before `until` (real time, ms). */
export async function pauseSends(db: D1Like, until: number): Promise<void> {
  await db.prepare('UPDATE delivery_pace SET next_slot = MAX(next_slot, ?1) WHERE id = 1').bind(until).run();
}
