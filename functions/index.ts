import { dayCacheControl } from '../src/lib/alerts/cache.ts';
import { alertLists } from '../src/lib/alerts/listing.ts';
import { fillSlot, HOME_ALERTS_SLOT } from '../src/lib/alerts/slots.ts';
import { homeAlertsHtml } from '../src/render/alerts-page.tsx';
import { ALERTS } from './alerts/alerts-data.ts';
import { dayFor } from './alerts/pages.ts';

/** GET / — the home page as Astro built it, with the newest current alerts for today in the UK. */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const day = dayFor(request, env);
  if (day instanceof Response) return day;
  const page = await env.ASSETS.fetch(new Request(new URL('/', request.url)));
  if (!page.ok) return page;
  const { current } = alertLists(ALERTS, day.day);
  return new Response(fillSlot(await page.text(), HOME_ALERTS_SLOT, homeAlertsHtml(current)), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': dayCacheControl(new Date(), day.simulated),
    },
  });
};
