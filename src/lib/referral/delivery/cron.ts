import type { Referral } from '../schema.ts';
import { keepInboxMoving } from '../../inbox/upkeep.ts';
import { deliver, type DeliveryDeps } from './deliver.ts';
import { open } from './seal.ts';
import { readSealedAnswers } from '../sealed-answers.ts';
import { LEASE_MS, paceIntervalMs, RUN_BUDGET_MS } from './schedule.ts';
import { claimDue, markStopped, pauseSends, reserveSlot, stopExpiredAndPurge, type Claimed } from './store.ts';

/**
 * One run of the delivery cron (every minute): stop what has run out of retry window, purge old sealed
 * answers, then claim due referrals a few at a time and send each, paced through one shared slot in D1 so
 * that overlapping runs together stay under the provider's rate limit. Runs at `now` (the cron's scheduled
 * time; tests pass a simulated one) and advances with the real clock while it works.
 */

export interface CronDeps extends DeliveryDeps {
  /** Real time for pacing and sleeping (the provider's limit is in real seconds). */
  realNow?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface CronSummary {
  sent: number;
  queued: number;
  stopped: number;
}

/** Time a send needs before its lease ends: the send timeout (10 s) with room to record the outcome. */
const LEASE_MARGIN_MS = 30_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function deliverQueued(deps: CronDeps, scheduledTime: number): Promise<CronSummary> {
  const realNow = deps.realNow ?? Date.now;
  const sleep = deps.sleep ?? wait;
  const started = realNow();
  const now = () => scheduledTime + (realNow() - started);
  const summary: CronSummary = { sent: 0, queued: 0, stopped: 0 };
  const interval = paceIntervalMs(deps.settings.sendRate);

  for (const reference of await stopExpiredAndPurge(deps.db, now())) {
    // Reference only: the operator looks it up (README: "When a referral stops retrying").
    deps.log('error', 'referral.delivery_stopped', { reference, reason: 'window' });
    summary.stopped += 1;
  }

  const pending: Promise<void>[] = [];
  // Every provider request, Beacon's copy or the person's confirmation, takes a slot of the shared pace. A
  // send that starts late (a busy machine wakes late) keeps the next one a full interval behind it: a late
  // send and an on-time one must never crowd into one of the provider's seconds.
  let lastStart = 0;
  const pace = async () => {
    const slot = await reserveSlot(deps.db, realNow(), interval, lastStart + interval);
    await sleep(slot - realNow());
    lastStart = realNow();
  };
  const paced = { ...deps, pace };
  while (realNow() - started < RUN_BUDGET_MS) {
    const claimedAt = realNow();
    const claimed = await claimDue(deps.db, now());
    if (claimed.length === 0) break;
    for (const row of claimed) {
      const referral = await unseal(deps, row, now);
      if (!referral) {
        summary.stopped += 1;
        continue;
      }
      await pace();
      // A long wait (a 429 pause) must not outlast the lease, or another run could take the row meanwhile.
      if (realNow() - claimedAt > LEASE_MS - LEASE_MARGIN_MS) {
        await release(deps, row.key, now());
        summary.queued += 1;
        continue;
      }
      const job = {
        key: row.key,
        reference: row.reference,
        attempts: row.attempts,
        referral,
        receivedAt: row.receivedAt,
      };
      const result = await deliver(paced, job, now);
      summary[result.status] += 1;
      if (result.status === 'sent') pending.push(result.confirmation);
      // 429: every run's next slot moves past the provider's Retry-After.
      if (result.status === 'queued' && result.retryAfterSeconds) {
        await pauseSends(deps.db, realNow() + result.retryAfterSeconds * 1000);
      }
    }
  }
  await Promise.all(pending);
  if (deps.settings.delivery === 'inbox') await keepInboxMoving(deps, now, pace);
  return summary;
}

async function unseal(deps: CronDeps, row: Claimed, now: () => number): Promise<Referral | null> {
  const opened = row.sealed
    ? await open(deps.settings.referralKeys, row.key, row.sealed)
    : ({ ok: false, reason: 'no-answers' } as const);
  const answers = opened.ok ? readSealedAnswers(opened.plaintext) : opened;
  if (answers.ok) return answers.referral;
  await markStopped(deps.db, row.key, answers.reason, now());
  deps.log('error', 'referral.delivery_stopped', {
    reference: row.reference,
    reason: answers.reason,
    ...('fields' in answers ? { fields: answers.fields.join(',') } : {}),
  });
  return null;
}

/** Gives a claimed row back untried: queued and due now, and the attempt counted at claim undone. */
async function release(deps: CronDeps, key: string, now: number): Promise<void> {
  await deps.db
    .prepare(
      `UPDATE referrals SET status = 'queued', next_attempt_at = ?2, lease_until = NULL, attempts = attempts - 1
       WHERE idempotency_key = ?1 AND status = 'sending'`,
    )
    .bind(key, now)
    .run();
}
