import type { AreaId } from './areas.ts';
import type { ChannelId } from './channels.ts';
import type { AlertFrontmatter } from './schema.ts';

/**
 * One alert as the Worker holds it (src/generated/alerts.json, written at build by
 * support/build-alerts-data.ts): its frontmatter with plain YYYY-MM-DD dates, and its body rendered as the
 * site renders markdown. Whether it is current is never stored: it is decided for the day it is asked for.
 */
export interface AlertRecord {
  slug: string;
  title: string;
  summary: string;
  published: string;
  expires: string;
  updated?: string;
  withdrawn: boolean;
  areas: AreaId[];
  channels: ChannelId[];
  sources: { title: string; url: string }[];
  related: string[];
  /** The body as HTML (contact tokens expanded, "What to do now" boxed). */
  html: string;
}

/** The file the Worker imports: every alert, in no particular order. */
export interface AlertsData {
  alerts: AlertRecord[];
}

/** A YAML date (midnight UTC, as the frontmatter parser makes it) as the calendar day it names. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function toAlertRecord(slug: string, data: AlertFrontmatter, html: string): AlertRecord {
  return {
    slug,
    title: data.title,
    summary: data.summary,
    published: isoDay(data.published),
    expires: isoDay(data.expires),
    ...(data.updated ? { updated: isoDay(data.updated) } : {}),
    withdrawn: data.withdrawn,
    areas: data.areas,
    channels: data.channels,
    sources: data.sources,
    related: data.related,
    html,
  };
}

export function alertUrl(slug: string): string {
  return `/alerts/${slug}/`;
}
