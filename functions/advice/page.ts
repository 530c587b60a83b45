import { dayCacheControl } from '../../src/lib/alerts/cache.ts';
import { withReviewNotice } from '../../src/lib/advice/review-notice.ts';
import { dayFor } from '../alerts/pages.ts';

/**
 * GET /advice/SLUG/ and /advice/SLUG/large-print/ — the page as Astro built it, saying "due for review" only
 * when its review date has passed today in the UK (src/lib/advice/review-notice.ts).
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const day = dayFor(request, env);
  if (day instanceof Response) return day;
  const page = await env.ASSETS.fetch(request);
  if (!page.ok || !(page.headers.get('Content-Type') ?? '').includes('text/html')) return page;
  return new Response(withReviewNotice(await page.text(), day.day), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': dayCacheControl(new Date(), day.simulated),
    },
  });
};
