import { describe, expect, it } from 'vitest';
import { requestDay } from '../../src/lib/alerts/day.ts';
import { alertState } from '../../src/lib/alerts/state.ts';
import { alertRecord } from '../support/alert-fixtures.ts';

// "Current on UK calendar day D when published ≤ D ≤ expires and it is not withdrawn" (DESIGN.md), with D
// the UK's day when the page is asked for: the hour of the request decides it around midnight.
const alert = alertRecord({ slug: 'a', published: '2026-07-15', expires: '2026-10-15' });
const dayAt = (iso: string) => {
  const day = requestDay(new URL('https://example.org/alerts/'), 'production', new Date(iso));
  if (!day.ok) throw new Error('no day');
  return day.day;
};

describe('whether an alert is current', () => {
  it('is not shown the day before it is published, and is current from that day to its expiry day', () => {
    expect(alertState(alert, '2026-07-14')).toBe('upcoming');
    expect(alertState(alert, '2026-07-15')).toBe('current');
    expect(alertState(alert, '2026-10-15')).toBe('current');
    expect(alertState(alert, '2026-10-16')).toBe('ended');
  });

  it('starts at midnight in the UK in summer (BST), an hour before midnight UTC', () => {
    expect(alertState(alert, dayAt('2026-07-14T22:59:59Z'))).toBe('upcoming');
    expect(alertState(alert, dayAt('2026-07-14T23:00:00Z'))).toBe('current');
  });

  it('ends at midnight in the UK, in BST and in GMT', () => {
    // 15 October is still BST: the 16th begins at 23:00 UTC on the 15th.
    expect(alertState(alert, dayAt('2026-10-15T22:59:59Z'))).toBe('current');
    expect(alertState(alert, dayAt('2026-10-15T23:00:00Z'))).toBe('ended');
    const winter = alertRecord({ slug: 'w', published: '2026-11-02', expires: '2026-12-02' });
    expect(alertState(winter, dayAt('2026-12-02T23:59:59Z'))).toBe('current');
    expect(alertState(winter, dayAt('2026-12-03T00:00:00Z'))).toBe('ended');
  });

  it('is current on its one day when it is published and expires the same day', () => {
    const oneDay = alertRecord({ slug: 'o', published: '2026-03-29', expires: '2026-03-29' });
    expect(['2026-03-28', '2026-03-29', '2026-03-30'].map((d) => alertState(oneDay, d))).toEqual([
      'upcoming',
      'current',
      'ended',
    ]);
  });

  it('is never current once withdrawn, but still not shown before it was published', () => {
    const withdrawn = alertRecord({ slug: 'x', withdrawn: true });
    expect(alertState(withdrawn, '2026-08-01')).toBe('withdrawn');
    expect(alertState(withdrawn, '2026-07-14')).toBe('upcoming');
  });
});

describe('the day a request is for', () => {
  const local = (query: string) => new URL(`http://127.0.0.1:8788/alerts/${query}`);

  it('takes ?now= only in development on a loopback address', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(requestDay(local('?now=2025-07-20'), 'development', now)).toEqual({
      ok: true,
      day: '2025-07-20',
      simulated: true,
    });
    expect(requestDay(local('?now=2025-07-20'), 'production', now)).toEqual({
      ok: true,
      day: '2026-12-02',
      simulated: false,
    });
    const deployed = new URL('https://example.workers.dev/alerts/?now=2025-07-20');
    expect(requestDay(deployed, 'development', now)).toMatchObject({ day: '2026-12-02', simulated: false });
  });

  it('refuses a ?now= that is not a real date, in development', () => {
    for (const bad of ['', 'tomorrow', '2026-02-30', '2026-13-01', '20261202', "2026-12-02'--", '<script>'])
      expect(requestDay(local(`?now=${encodeURIComponent(bad)}`), 'development').ok, bad).toBe(false);
  });
});
