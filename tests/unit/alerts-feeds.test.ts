import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { alertTagId, atomFeed, jsonFeed } from '../../src/lib/alerts/feeds.ts';
import { alertRecord } from '../support/alert-fixtures.ts';

// Both feeds read back with a real feed parser (feedsmith), not regular expressions.
const alerts = [
  alertRecord({
    slug: 'summer-calls',
    title: 'Calls & texts: "your account is frozen" <act now>',
    published: '2026-07-15',
    updated: '2026-07-20',
    areas: ['watford', 'hertfordshire'],
    channels: ['phone', 'text'],
    html: '<p>Read <a href="/advice/scam-texts/">scam texts</a>.</p>',
  }),
  alertRecord({ slug: 'winter-door', published: '2026-01-05', areas: ['national'], channels: ['doorstep'] }),
];
const ctx = { origin: 'https://alerts.example.org', today: '2026-07-21', filter: {} };

describe('the Atom feed', () => {
  const feed = parseAtomFeed(atomFeed(alerts, ctx));

  it('has the id, title and updated Atom requires, and a link to itself', () => {
    expect(feed.id).toBe('tag:not-sure-dont-open-the-door.pages.dev,2026-12:alerts');
    expect(feed.title?.value).toBe('Scam alerts for Hertfordshire');
    expect(feed.updated).toBe('2026-07-20T00:00:00+01:00');
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe('https://alerts.example.org/alerts/feed.xml');
  });

  it('gives each entry a stable tag: id, its page, its dates with the UK offset, and its text escaped', () => {
    const [summer, winter] = feed.entries ?? [];
    expect(summer?.id).toBe(alertTagId('summer-calls'));
    expect(summer?.title?.value).toBe('Calls & texts: "your account is frozen" <act now>');
    expect(summer?.links?.[0]?.href).toBe('https://alerts.example.org/alerts/summer-calls/');
    expect(summer?.published).toBe('2026-07-15T00:00:00+01:00');
    expect(summer?.updated).toBe('2026-07-20T00:00:00+01:00');
    expect(winter?.published).toBe('2026-01-05T00:00:00+00:00');
    expect(summer?.content?.type).toBe('html');
    expect(summer?.content?.value).toContain('href="https://alerts.example.org/advice/scam-texts/"');
    expect(summer?.categories?.map((c) => c.term)).toEqual(['watford', 'hertfordshire', 'phone', 'text']);
  });

  it('names the district in the title of a district’s feed', () => {
    const watford = parseAtomFeed(atomFeed(alerts, { ...ctx, filter: { area: 'watford' } }));
    expect(watford.title?.value).toBe('Scam alerts for Hertfordshire: Watford');
    expect(watford.links?.find((l) => l.rel === 'self')?.href).toBe(
      'https://alerts.example.org/alerts/feed.xml?area=watford',
    );
  });

  it('is still a valid feed with no current alerts', () => {
    const empty = parseAtomFeed(atomFeed([], ctx));
    expect(empty.entries ?? []).toEqual([]);
    expect(empty.updated).toBe('2026-07-21T00:00:00+01:00');
  });
});

describe('the JSON Feed', () => {
  const feed = parseJsonFeed(jsonFeed(alerts, ctx));

  it('is version 1.1, with the items the contract names', () => {
    expect(feed.title).toBe('Scam alerts for Hertfordshire');
    const item = feed.items?.[0];
    expect(item).toMatchObject({
      id: alertTagId('summer-calls'),
      url: 'https://alerts.example.org/alerts/summer-calls/',
      title: 'Calls & texts: "your account is frozen" <act now>',
      date_published: '2026-07-15T00:00:00+01:00',
    });
    expect(item?.content_html).toContain('https://alerts.example.org/advice/scam-texts/');
  });

  it('carries the _alert extension with expiry, areas and channels', () => {
    const raw = jsonFeed(alerts, ctx) as { version: string; items: Record<string, unknown>[] };
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(raw.items[0]?.['_alert']).toEqual({
      expires: '2026-10-15',
      areas: ['watford', 'hertfordshire'],
      channels: ['phone', 'text'],
    });
  });
});
