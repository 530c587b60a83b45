import type { D1Like } from './d1.ts';
import { countAttempt, retryAfterSeconds } from './rate-limit.ts';
import { newReference } from './reference.ts';

/**
 * The D1 record of each referral (reference, key, times, status — no personal data) that makes sending
 * exactly-once: whoever inserts the row, or atomically reclaims a failed or abandoned one, sends; everyone
 * else waits for that send's outcome or returns the reference already sent. Admission — rate limit, claim
 * and lookup — is one batch: one transaction and one round trip to D1.
 */

/** After this long a `sending` row is treated as abandoned (the worker died) and may be reclaimed. */
export const SENDING_LEASE_MS = 30_000;

export type ReferralStatus = 'sending' | 'sent' | 'failed';
export type Admission =
  | { kind: 'claimed'; reference: string }
  | { kind: 'sent'; reference: string }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'in-flight'; reference: string };

interface Row {
  reference: string;
  status: ReferralStatus;
}

function isReferenceClash(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: referrals\.reference/.test(error.message);
}

async function admitOnce(db: D1Like, key: string, client: string, limit: number, now: number) {
  const reference = newReference();
  const [, counted, inserted, found] = await db.batch([
    ...countAttempt(db, client, key, now),
    db
      .prepare(
        `INSERT INTO referrals (idempotency_key, reference, status, created_at, updated_at, attempts)
         SELECT ?1, ?2, 'sending', ?3, ?3, 1
         WHERE COALESCE((SELECT hits FROM rate_limits WHERE client_hash = ?4), 0) <= ?5
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING reference`,
      )
      .bind(key, reference, now, client, limit),
    db.prepare('SELECT reference, status FROM referrals WHERE idempotency_key = ?').bind(key),
  ]);
  return {
    counted: counted?.results[0] as { hits: number; window_start: number } | undefined,
    inserted: inserted?.results[0] !== undefined,
    row: found?.results[0] as Row | undefined,
  };
}

/** Decides who sends: this request (claimed), nobody (sent already, or too many tries), or another request. */
export async function admitReferral(
  db: D1Like,
  { key, client, limit, now }: { key: string; client: string; limit: number; now: number },
): Promise<Admission> {
  for (let attempt = 0; attempt < 5; attempt++) {
    let result: Awaited<ReturnType<typeof admitOnce>>;
    try {
      result = await admitOnce(db, key, client, limit, now);
    } catch (error) {
      if (isReferenceClash(error)) continue; // the whole batch rolled back: draw a new reference
      throw error;
    }
    const { counted, inserted, row } = result;
    if (inserted && row) return { kind: 'claimed', reference: row.reference };
    if (row?.status === 'sent') return { kind: 'sent', reference: row.reference };
    if (counted && counted.hits > limit) {
      return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(counted.window_start, now) };
    }
    if (row) return reclaimReferral(db, key, row.reference, now);
  }
  throw new Error('Could not record the referral');
}

/** Takes over a failed send, or one abandoned past its lease; otherwise another request is sending it. */
async function reclaimReferral(db: D1Like, key: string, reference: string, now: number): Promise<Admission> {
  const reclaimed = await db
    .prepare(
      `UPDATE referrals SET status = 'sending', updated_at = ?2, attempts = attempts + 1
       WHERE idempotency_key = ?1 AND (status = 'failed' OR (status = 'sending' AND updated_at <= ?3))
       RETURNING reference`,
    )
    .bind(key, now, now - SENDING_LEASE_MS)
    .first<{ reference: string }>();
  return reclaimed ? { kind: 'claimed', reference: reclaimed.reference } : { kind: 'in-flight', reference };
}

/** Records the outcome of this request's send. */
export async function finishReferral(db: D1Like, key: string, status: 'sent' | 'failed', now: number): Promise<void> {
  await db
    .prepare(`UPDATE referrals SET status = ?2, updated_at = ?3 WHERE idempotency_key = ?1 AND status = 'sending'`)
    .bind(key, status, now)
    .run();
}

/** Waits while another request sends the same referral; answers its final status, or null on timeout. */
export async function waitForReferral(
  db: D1Like,
  key: string,
  { pollMs, maxWaitMs }: { pollMs: number; maxWaitMs: number },
): Promise<Row | null> {
  const deadline = Date.now() + maxWaitMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const row = await db
      .prepare('SELECT reference, status FROM referrals WHERE idempotency_key = ?')
      .bind(key)
      .first<Row>();
    if (row && row.status !== 'sending') return row;
  }
  return null;
}
