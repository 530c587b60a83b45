import type { APIRoute } from 'astro';
import { allAdvice } from '../data/advice.ts';
import { allAlerts } from '../data/alerts.ts';
import { isoDay } from '../lib/alerts/record.ts';
import { ukToday } from '../lib/calendar-date.ts';
import { adviceUrl } from '../lib/advice/listing.ts';
import { CATEGORIES } from '../lib/advice/categories.ts';
import { sitemapXml } from '../lib/web/sitemap.ts';

/** Every public page of the site; the accessibility tests sweep exactly this list. */
const STATIC_PAGES = [
  '/',
  '/advice/',
  '/search/',
  '/get-help/',
  '/get-help/refer-yourself-to-beacon/',
  '/check-a-trader/',
  '/can-i-still-cancel/',
  '/can-i-still-cancel/how-the-14-days-work/',
  '/what-to-do-now/',
  '/alerts/',
  '/accessibility/',
  '/privacy/',
];

export const GET: APIRoute = async ({ site }) => {
  const advice = await allAdvice();
  // Every alert page that answers (current or past); one published after the build day is a 404 until then.
  const alerts = (await allAlerts()).filter((a) => isoDay(a.data.published) <= ukToday());
  const urls = [
    ...STATIC_PAGES.map((path) => ({ loc: new URL(path, site).href })),
    ...CATEGORIES.map((c) => ({ loc: new URL(`/topics/${c.id}/`, site).href })),
    ...advice.map((e) => ({
      loc: new URL(adviceUrl(e.id), site).href,
      lastmod: e.data.updated.toISOString().slice(0, 10),
    })),
    ...alerts.map((a) => ({
      loc: new URL(`/alerts/${a.id}/`, site).href,
      lastmod: isoDay(a.data.updated ?? a.data.published),
    })),
  ];
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
