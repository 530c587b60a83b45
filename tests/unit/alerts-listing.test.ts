import { describe, expect, it } from 'vitest';
import { dayCacheControl } from '../../src/lib/alerts/cache.ts';
import { alertLists } from '../../src/lib/alerts/listing.ts';
import { parseAlertQuery } from '../../src/lib/alerts/query.ts';
import { areasText } from '../../src/lib/alerts/wording.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { alertRecord } from '../support/alert-fixtures.ts';

const alerts = [
  alertRecord({ slug: 'watford-calls', published: '2026-11-20', areas: ['watford'], channels: ['phone'] }),
  alertRecord({ slug: 'county-texts', published: '2026-11-25', areas: ['hertfordshire'], channels: ['text'] }),
  alertRecord({ slug: 'uk-doorstep', published: '2026-11-10', areas: ['national'], channels: ['doorstep'] }),
  alertRecord({ slug: 'dacorum-door', published: '2026-11-01', areas: ['dacorum'], channels: ['doorstep'] }),
  alertRecord({ slug: 'ended-spring', published: '2026-03-01', expires: '2026-04-01', areas: ['watford'] }),
  alertRecord({ slug: 'ended-long-ago', published: '2025-09-01', expires: '2025-11-30' }),
  alertRecord({ slug: 'withdrawn', published: '2026-11-15', withdrawn: true }),
  alertRecord({ slug: 'next-week', published: '2026-12-09' }),
].map((a) => ({ ...a, expires: a.slug.startsWith('ended') ? a.expires : '2027-02-01' }));

const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);

describe('the alert lists for a day', () => {
  it('lists current alerts newest first, then those ended or withdrawn in the last 12 months', () => {
    const lists = alertLists(alerts, '2026-12-02');
    expect(slugs(lists.current)).toEqual(['county-texts', 'watford-calls', 'uk-doorstep', 'dacorum-door']);
    expect(slugs(lists.past)).toEqual(['withdrawn', 'ended-spring']);
  });

  it('keeps a past alert for 12 calendar months after it ended, and not a day more', () => {
    expect(slugs(alertLists(alerts, '2026-11-30').past)).toContain('ended-long-ago');
    expect(slugs(alertLists(alerts, '2026-12-01').past)).not.toContain('ended-long-ago');
  });

  it('narrows to a district with the county-wide and national alerts', () => {
    expect(slugs(alertLists(alerts, '2026-12-02', { area: 'watford' }).current)).toEqual([
      'county-texts',
      'watford-calls',
      'uk-doorstep',
    ]);
  });

  it('narrows by how the scam comes, and by both', () => {
    expect(slugs(alertLists(alerts, '2026-12-02', { channel: 'doorstep' }).current)).toEqual([
      'uk-doorstep',
      'dacorum-door',
    ]);
    expect(slugs(alertLists(alerts, '2026-12-02', { area: 'watford', channel: 'doorstep' }).current)).toEqual([
      'uk-doorstep',
    ]);
  });

  it('never shows an alert before the day it is published', () => {
    const { current, past } = alertLists(alerts, '2026-12-02');
    expect([...slugs(current), ...slugs(past)]).not.toContain('next-week');
    expect(slugs(alertLists(alerts, '2026-12-09').current)).toContain('next-week');
  });
});

describe('?area= and ?channel=', () => {
  it('reads the ids, and takes empty as "all"', () => {
    expect(parseAlertQuery(new URLSearchParams('area=st-albans&channel=text'), ['area', 'channel'])).toEqual({
      ok: true,
      filter: { area: 'st-albans', channel: 'text' },
    });
    expect(parseAlertQuery(new URLSearchParams('area=&channel='), ['area', 'channel'])).toEqual({
      ok: true,
      filter: {},
    });
  });

  it('names each choice it cannot read, keeps the one it can, and never throws', () => {
    const query = parseAlertQuery(new URLSearchParams('area=narnia&channel=phone'), ['area', 'channel']);
    expect(query).toEqual({
      ok: false,
      filter: { channel: 'phone' },
      errors: [{ field: 'area', message: 'Choose an area from the list' }],
    });
    for (const text of HOSTILE_STRINGS) {
      const params = new URLSearchParams();
      params.set('area', text);
      params.set('channel', text);
      expect(parseAlertQuery(params, ['area', 'channel']).ok, text).toBe(false);
    }
  });
});

describe('the words around an alert', () => {
  it('names its districts, or the county, or the country', () => {
    expect(areasText(['watford', 'st-albans', 'hertfordshire'])).toBe('Watford and St Albans');
    expect(areasText(['hertfordshire'])).toBe('All of Hertfordshire');
    expect(areasText(['national', 'watford'])).toBe('All of the UK');
  });
});

describe('caching an answer that depends on the day', () => {
  it('caches for five minutes, never past midnight in the UK, and never for a simulated day', () => {
    expect(dayCacheControl(new Date('2026-12-02T12:00:00Z'), false)).toBe('public, max-age=300');
    expect(dayCacheControl(new Date('2026-12-02T23:58:00Z'), false)).toBe('public, max-age=119');
    expect(dayCacheControl(new Date('2026-07-15T22:58:00Z'), false)).toBe('public, max-age=119'); // BST
    expect(dayCacheControl(new Date('2026-12-02T12:00:00Z'), true)).toBe('no-store');
  });
});
