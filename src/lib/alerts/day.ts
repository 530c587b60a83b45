import { isCalendarDate, ukToday } from '../calendar-date.ts';
import { isLoopbackHost } from '../web/loopback.ts';

/**
 * The UK calendar day an alerts answer is for: today in the UK, decided when the page is asked for. In
 * development on a loopback address only, `?now=YYYY-MM-DD` sets the day, for tests; a deployed Worker
 * (ENVIRONMENT=production, or any public host) ignores it, so nobody can make an ended alert look current.
 */
export type RequestDay = { ok: true; day: string; simulated: boolean } | { ok: false; message: string };

const NOW_MESSAGE = 'now must be a date written as YYYY-MM-DD, like 2026-12-02';

export function requestDay(url: URL, environment: string | undefined, now: Date = new Date()): RequestDay {
  const asked = url.searchParams.get('now');
  if (asked === null || environment !== 'development' || !isLoopbackHost(url.hostname)) {
    return { ok: true, day: ukToday(now), simulated: false };
  }
  return isCalendarDate(asked) ? { ok: true, day: asked, simulated: true } : { ok: false, message: NOW_MESSAGE };
}
