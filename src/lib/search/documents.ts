import { adviceUrl } from '../advice/listing.ts';
import { headingsAndBody } from '../advice/plain-text.ts';
import { areaName, WIDER_AREAS, type AreaId } from '../alerts/areas.ts';
import { channelName, type ChannelId } from '../alerts/channels.ts';
import { alertUrl, isoDay } from '../alerts/record.ts';
import { contactTokensToText } from '../contacts/tokens.ts';

/** An alert's dates, so the search can say, on the day it runs, whether the alert is current. */
export interface AlertDates {
  published: string;
  expires: string;
  /** Present (and true) only for an alert taken down early. */
  withdrawn?: true;
}

/** An advice page as it arrives from the content files: slug, the frontmatter fields search reads, body. */
export interface AdviceSource {
  slug: string;
  frontmatter: { title: string; summary: string; keywords: readonly string[] };
  /** The markdown body, with {{tel:ID}} and {{name:ID}} tokens still in it. */
  body: string;
}

/** An Easy Read page as it arrives from content/easy-read/ (support/easy-read-files.ts): the same shape. */
export type EasyReadSource = AdviceSource;

/** A scam alert as it arrives from content/alerts/ (support/alert-files.ts). */
export interface AlertSource {
  slug: string;
  frontmatter: {
    title: string;
    summary: string;
    published: Date;
    expires: Date;
    withdrawn: boolean;
    areas: readonly AreaId[];
    channels: readonly ChannelId[];
  };
  body: string;
}

/** The text of one page, split into the fields the index weighs differently. */
export interface SearchDocument {
  url: string;
  title: string;
  summary: string;
  /** The page's own words for its topic: frontmatter keywords, space-separated. */
  keywords: string;
  /** Every ## to ###### heading, one a line. */
  headings: string;
  /** The rest of the page as a reader hears it: no markup, tokens expanded, headings left out. */
  body: string;
  /** Only on alerts: the days that decide, when the search runs, whether it is current. */
  alert?: AlertDates;
}

function markdownFields(markdown: string): Pick<SearchDocument, 'headings' | 'body'> {
  const { headings, body } = headingsAndBody(contactTokensToText(markdown));
  return { headings: headings.join('\n'), body: body.replace(/\s+/g, ' ') };
}

/**
 * An Easy Read page: its title says "Easy Read", and so do its keywords, so "easy read" and "easy read scam"
 * find it. Its pictures are not words.
 */
export function easyReadToSearchDocument(page: EasyReadSource): SearchDocument {
  const { frontmatter: f } = page;
  return {
    url: `/easy-read/${page.slug}/`,
    title: `${f.title} (Easy Read)`,
    summary: f.summary,
    keywords: f.keywords.join(' '),
    ...markdownFields(page.body.replace(/\{\{picture:[a-z0-9-]+\}\}\s*/g, '')),
  };
}

/** Splits an advice page into search fields. Throws on an unknown contact token, like the page build. */
export function adviceToSearchDocument(page: AdviceSource): SearchDocument {
  return {
    url: adviceUrl(page.slug),
    title: page.frontmatter.title,
    summary: page.frontmatter.summary,
    keywords: page.frontmatter.keywords.join(' '),
    ...markdownFields(page.body),
  };
}

/**
 * Splits an alert into search fields. Its keywords are the districts it names and how the scam comes
 * ("Watford St Albans Phone call At the door"), so "text" or "Watford" finds it; "All of the UK" is left
 * out, as it would only add words every national alert shares.
 */
export function alertToSearchDocument(alert: AlertSource): SearchDocument {
  const { frontmatter: f } = alert;
  const districts = f.areas.filter((a) => !WIDER_AREAS.includes(a)).map(areaName);
  return {
    url: alertUrl(alert.slug),
    title: f.title,
    summary: f.summary,
    keywords: [...districts, ...f.channels.map(channelName)].join(' '),
    ...markdownFields(alert.body),
    alert: {
      published: isoDay(f.published),
      expires: isoDay(f.expires),
      ...(f.withdrawn ? { withdrawn: true as const } : {}),
    },
  };
}
