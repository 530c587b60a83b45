import { compareDates, ukStartOfDay } from '../calendar-date.ts';
import { escapeHtml } from '../web/html.ts';
import { areaName } from './areas.ts';
import type { AlertFilter } from './listing.ts';
import { alertUrl, type AlertRecord } from './record.ts';

/**
 * The current alerts as Atom 1.0 (RFC 4287) and JSON Feed 1.1, for feed readers, parish magazines and
 * Neighbourhood Watch coordinators. Entry ids are tag: URIs that never change with the host serving them.
 */

/** The authority of every tag: id (RFC 4151): the site's first address, and the month the feeds began. */
const TAG = 'tag:not-sure-dont-open-the-door.pages.dev,2026-12:';
const FEED_NAME = 'Scam alerts for Hertfordshire';
const AUTHOR = "Not Sure? Don't Open the Door";

export interface FeedContext {
  /** The site's origin as the request reached it, for the feed's own links (e.g. https://example.org). */
  origin: string;
  /** The UK day the feed is for. */
  today: string;
  filter: AlertFilter;
}

export const alertTagId = (slug: string): string => `${TAG}alerts/${slug}`;

const feedTitle = ({ filter }: FeedContext) => (filter.area ? `${FEED_NAME}: ${areaName(filter.area)}` : FEED_NAME);

const query = ({ filter }: FeedContext) => (filter.area ? `?area=${filter.area}` : '');

/** The alert's body with the site's own links made absolute, as a feed reader elsewhere needs them. */
const absoluteLinks = (html: string, origin: string) => html.replace(/(href|src)="\//g, `$1="${origin}/`);

const lastChanged = (a: AlertRecord) => a.updated ?? a.published;

/** The feed changed last on the newest alert's day, or, with none current, today. */
function feedUpdated(alerts: readonly AlertRecord[], today: string): string {
  const days = alerts.map(lastChanged).sort(compareDates);
  return ukStartOfDay(days.at(-1) ?? today);
}

export function atomFeed(alerts: readonly AlertRecord[], ctx: FeedContext): string {
  const e = escapeHtml;
  const self = `${ctx.origin}/alerts/feed.xml${query(ctx)}`;
  const entries = alerts.map((a) => {
    const url = `${ctx.origin}${alertUrl(a.slug)}`;
    const categories = [...a.areas, ...a.channels].map((term) => `    <category term="${e(term)}"/>`).join('\n');
    return `  <entry>
    <id>${e(alertTagId(a.slug))}</id>
    <title>${e(a.title)}</title>
    <link rel="alternate" type="text/html" href="${e(url)}"/>
    <published>${ukStartOfDay(a.published)}</published>
    <updated>${ukStartOfDay(lastChanged(a))}</updated>
    <summary>${e(a.summary)}</summary>
    <content type="html">${e(absoluteLinks(a.html, ctx.origin))}</content>
${categories}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${e(`${TAG}alerts${query(ctx)}`)}</id>
  <title>${e(feedTitle(ctx))}</title>
  <subtitle>Scams going round now, from police and Trading Standards warnings. Each alert says what to do.</subtitle>
  <link rel="self" type="application/atom+xml" href="${e(self)}"/>
  <link rel="alternate" type="text/html" href="${e(`${ctx.origin}/alerts/${query(ctx)}`)}"/>
  <updated>${feedUpdated(alerts, ctx.today)}</updated>
  <author><name>${e(AUTHOR)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); `_alert` is this site's extension. */
export function jsonFeed(alerts: readonly AlertRecord[], ctx: FeedContext): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(ctx),
    home_page_url: `${ctx.origin}/alerts/${query(ctx)}`,
    feed_url: `${ctx.origin}/alerts/feed.json${query(ctx)}`,
    description: 'Scams going round now, from police and Trading Standards warnings. Each alert says what to do.',
    language: 'en-GB',
    authors: [{ name: AUTHOR }],
    items: alerts.map((a) => ({
      id: alertTagId(a.slug),
      url: `${ctx.origin}${alertUrl(a.slug)}`,
      title: a.title,
      summary: a.summary,
      content_html: absoluteLinks(a.html, ctx.origin),
      date_published: ukStartOfDay(a.published),
      ...(a.updated ? { date_modified: ukStartOfDay(a.updated) } : {}),
      tags: [...a.areas, ...a.channels],
      _alert: { expires: a.expires, areas: a.areas, channels: a.channels },
    })),
  };
}
