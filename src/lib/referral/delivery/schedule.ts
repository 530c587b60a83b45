/**
 * When deliveries are tried. The first retry is at the next cron run (every minute); then the wait doubles
 * from 1 minute up to 30 minutes. Retries stop 23 hours after the first attempt, an hour before Resend
 * forgets the idempotency key (24 hours), so no retry can ever be a second email. Sealed answers are never
 * kept longer than 7 days, whatever happens.
 */

const MINUTE = 60_000;
export const LEASE_MS = 2 * MINUTE;
export const STOP_AFTER_MS = 23 * 60 * MINUTE;
export const PURGE_AFTER_MS = 7 * 24 * 60 * MINUTE;
/**
 * A cron run stops claiming new work after this long: just under the minute between runs, so the provider's
 * allowance is not left idle between them. Runs that do overlap share one pace (store.ts reserveSlot).
 */
export const RUN_BUDGET_MS = 57_000;
/** Rows one claim takes: small, so a run that dies strands little, and each lease covers its sends. */
export const CLAIM_SIZE = 5;
/** Resend's default rate limit per team, in requests a second. */
export const DEFAULT_SEND_RATE = 2;

/** How long to wait after `attempts` failed attempts before the next. */
export function retryDelayMs(attempts: number): number {
  if (attempts <= 1) return 0;
  return Math.min(30 * MINUTE, 2 ** (attempts - 2) * MINUTE);
}

/**
 * The share of each interval kept in hand so that arrival jitter between us and the provider does not put
 * two sends in one of its seconds: a window of `rate` intervals is 1000 × PACE_MARGIN ms longer than a
 * second. The figure it must cover is measured by `npm run bench:referral` (README: "How even the pace is").
 */
export const PACE_MARGIN = 0.05;

/** Milliseconds between the starts of two sends at `rate` requests a second, with the margin. */
export function paceIntervalMs(rate: number): number {
  return Math.ceil((1000 / rate) * (1 + PACE_MARGIN));
}
