import { LEASE_MS } from './delivery/schedule.ts';
import type { D1Like } from '../web/d1.ts';
import { countAttempt, retryAfterSeconds } from './rate-limit.ts';
import { newReference } from './reference.ts';
import { inboxInsert } from '../inbox/store.ts';

/**
 * The D1 record of each referral (reference, key, times, status — no personal data) and its sealed answers.
 * Admission — rate limit, claim, sealed answers and lookup — is one batch: one transaction, one round trip,
 * so a referral is never claimed without its answers being stored. Whoever inserts the row, or reclaims a
 * queued one or one whose lease ran out, sends; everyone else waits for that send or reports the status.
 */

export type ReferralStatus = 'sending' | 'queued' | 'sent' | 'stopped';
export type Admission =
  | { kind: 'claimed'; reference: string }
  | { kind: 'exists'; reference: string; status: ReferralStatus }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

interface Row {
  reference: string;
  status: ReferralStatus;
}

function isReferenceClash(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: referrals\.reference/.test(error.message);
}

interface Claim {
  key: string;
  client: string;
  limit: number;
  now: number;
  sealed: string;
  /** Inbox mode: the referral goes into the Beacon inbox in the same batch (urgent: feels unsafe now). */
  inbox?: { urgent: boolean };
}

async function admitOnce(db: D1Like, { key, client, limit, now, sealed, inbox }: Claim) {
  const reference = newReference();
  const [, counted, inserted, , found] = await db.batch([
    ...countAttempt(db, client, key, now),
    db
      .prepare(
        `INSERT INTO referrals (idempotency_key, reference, status, created_at, updated_at, attempts, lease_until,
           window_started_at)
         SELECT ?1, ?2, 'sending', ?3, ?3, 1, ?6, ?3
         WHERE COALESCE((SELECT hits FROM rate_limits WHERE client_hash = ?4), 0) <= ?5
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING reference`,
      )
      .bind(key, reference, now, client, limit, now + LEASE_MS),
    // Stored only if the row above was inserted by this batch (the reference is new, so it is ours).
    db
      .prepare(
        `INSERT INTO referral_answers (idempotency_key, sealed, created_at)
         SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM referrals WHERE idempotency_key = ?1 AND reference = ?4)
         ON CONFLICT (idempotency_key) DO NOTHING`,
      )
      .bind(key, sealed, now, reference),
    db.prepare('SELECT reference, status FROM referrals WHERE idempotency_key = ?').bind(key),
    ...(inbox ? [inboxInsert(db, key, reference, inbox.urgent, now)] : []),
  ]);
  return {
    counted: counted?.results[0] as { hits: number; window_start: number } | undefined,
    inserted: inserted?.results[0] !== undefined,
    row: found?.results[0] as Row | undefined,
  };
}

/** Decides who sends: this request (claimed), or nobody now (it exists already, or too many tries). */
export async function admitReferral(db: D1Like, claim: Claim): Promise<Admission> {
  for (let attempt = 0; attempt < 5; attempt++) {
    let result: Awaited<ReturnType<typeof admitOnce>>;
    try {
      result = await admitOnce(db, claim);
    } catch (error) {
      if (isReferenceClash(error)) continue; // the whole batch rolled back: draw a new reference
      throw error;
    }
    const { counted, inserted, row } = result;
    if (inserted && row) return { kind: 'claimed', reference: row.reference };
    if (row?.status === 'sent') return { kind: 'exists', reference: row.reference, status: 'sent' };
    if (counted && counted.hits > claim.limit) {
      return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(counted.window_start, claim.now) };
    }
    if (row) return reclaimReferral(db, claim.key, row, claim.now);
  }
  throw new Error('Could not record the referral');
}

/** The person sent it again: take over a queued send, or one abandoned past its lease, and send now. */
async function reclaimReferral(db: D1Like, key: string, row: Row, now: number): Promise<Admission> {
  const reclaimed = await db
    .prepare(
      `UPDATE referrals SET status = 'sending', updated_at = ?2, attempts = attempts + 1, lease_until = ?3
       WHERE idempotency_key = ?1 AND (status = 'queued' OR (status = 'sending' AND lease_until <= ?2))
       RETURNING reference`,
    )
    .bind(key, now, now + LEASE_MS)
    .first<{ reference: string }>();
  return reclaimed
    ? { kind: 'claimed', reference: reclaimed.reference }
    : { kind: 'exists', reference: row.reference, status: row.status };
}

/** Waits while another request sends the same referral; answers its status once it is not `sending`. */
export async function waitForReferral(
  db: D1Like,
  key: string,
  { pollMs, maxWaitMs }: { pollMs: number; maxWaitMs: number },
): Promise<ReferralStatus> {
  const deadline = Date.now() + maxWaitMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const row = await db.prepare('SELECT status FROM referrals WHERE idempotency_key = ?').bind(key).first<Row>();
    if (row && row.status !== 'sending') return row.status;
  }
  return 'sending';
}

/** What the confirmation page may show about a reference: status and times, nothing personal. */
export async function referralStatus(
  db: D1Like,
  reference: string,
): Promise<{ status: ReferralStatus; createdAt: number; sentAt: number | null; inInbox: boolean } | null> {
  const row = await db
    .prepare(
      `SELECT status, created_at, sent_at, EXISTS (SELECT 1 FROM inbox i WHERE i.reference = referrals.reference)
         AS in_inbox FROM referrals WHERE reference = ?`,
    )
    .bind(reference)
    .first<{ status: ReferralStatus; created_at: number; sent_at: number | null; in_inbox: number }>();
  return row
    ? { status: row.status, createdAt: row.created_at, sentAt: row.sent_at, inInbox: row.in_inbox === 1 }
    : null;
}
