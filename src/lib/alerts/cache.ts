import { secondsUntilUkMidnight } from '../calendar-date.ts';

/** At most this long in a cache: a new or withdrawn alert reaches readers within five minutes. */
const MAX_AGE_SECONDS = 300;

/**
 * Cache-Control for an answer that depends on the day. It may be cached for five minutes, but never past
 * the UK's midnight, so no cache ever shows an alert as current on the day after it ends. An answer for a
 * simulated day (`?now=`, development only) is never cached.
 */
export function dayCacheControl(now: Date, simulated: boolean): string {
  if (simulated) return 'no-store';
  return `public, max-age=${Math.max(0, Math.min(MAX_AGE_SECONDS, secondsUntilUkMidnight(now) - 1))}`;
}
