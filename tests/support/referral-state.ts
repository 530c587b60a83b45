// What a referral test may leave behind in its D1, emptied before the next test so no test inherits
// another's queue, outbox, rate-limit counts or shared send pace.
import type { D1Like } from '../../src/lib/web/d1.ts';

/** Every table the referral path writes, and how to make it as a new database has it. */
const RESETS = [
  'DELETE FROM referrals',
  'DELETE FROM referral_answers',
  'DELETE FROM outbox',
  'DELETE FROM rate_limits',
  'DELETE FROM inbox',
  'DELETE FROM inbox_audit',
  'UPDATE delivery_pace SET next_slot = 0',
] as const;

export async function emptyReferralState(db: D1Like): Promise<void> {
  await db.batch(RESETS.map((sql) => db.prepare(sql)));
}

/** Rows still waiting to be delivered: a test that starts with any would be measuring someone else's. */
export async function queuedCount(db: D1Like): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS n FROM referrals WHERE status IN ('queued', 'sending')")
    .first<{ n: number }>();
  return row?.n ?? 0;
}
