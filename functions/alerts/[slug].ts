import { dayCacheControl } from '../../src/lib/alerts/cache.ts';
import { ALERT_STATUS_SLOT, fillSlot } from '../../src/lib/alerts/slots.ts';
import { alertState } from '../../src/lib/alerts/state.ts';
import { alertStatusHtml } from '../../src/render/alerts-page.tsx';
import { ALERTS } from './alerts-data.ts';
import { dayFor, notFound } from './pages.ts';

const SLUG = /^[a-z0-9-]{1,100}$/;

/**
 * GET /alerts/SLUG/ — the alert as Astro built it, with a line saying whether it is current today in the
 * UK. An unknown or hostile slug, or an alert not yet published, is the 404 page.
 */
export const onRequestGet: PagesFunction<Env, 'slug'> = async ({ request, env, params }) => {
  const url = new URL(request.url);
  const slug = typeof params.slug === 'string' ? params.slug : '';
  const alert = SLUG.test(slug) ? ALERTS.find((a) => a.slug === slug) : undefined;
  if (!alert) return notFound(request, env);
  if (!url.pathname.endsWith('/')) {
    return new Response(null, { status: 301, headers: { Location: `${url.pathname}/${url.search}` } });
  }
  const day = dayFor(request, env);
  if (day instanceof Response) return day;
  const state = alertState(alert, day.day);
  if (state === 'upcoming') return notFound(request, env);
  const page = await env.ASSETS.fetch(new Request(new URL(url.pathname, url)));
  if (!page.ok) return notFound(request, env);
  return new Response(fillSlot(await page.text(), ALERT_STATUS_SLOT, alertStatusHtml(alert, state)), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': dayCacheControl(new Date(), day.simulated),
    },
  });
};
