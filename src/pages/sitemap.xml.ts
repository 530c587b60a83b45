import type { APIRoute } from 'astro';
import { allAdvice } from '../data/advice.ts';
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
  '/what-to-do-now/',
  '/accessibility/',
  '/privacy/',
];

export const GET: APIRoute = async ({ site }) => {
  const advice = await allAdvice();
  const urls = [
    ...STATIC_PAGES.map((path) => ({ loc: new URL(path, site).href })),
    ...CATEGORIES.map((c) => ({ loc: new URL(`/topics/${c.id}/`, site).href })),
    ...advice.map((e) => ({
      loc: new URL(adviceUrl(e.id), site).href,
      lastmod: e.data.updated.toISOString().slice(0, 10),
    })),
  ];
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
