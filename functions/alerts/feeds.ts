import { dayCacheControl } from '../../src/lib/alerts/cache.ts';
import type { FeedContext } from '../../src/lib/alerts/feeds.ts';
import { alertLists } from '../../src/lib/alerts/listing.ts';
import type { AlertRecord } from '../../src/lib/alerts/record.ts';
import { choicesText, parseAlertQuery } from '../../src/lib/alerts/query.ts';
import { ALERTS } from './alerts-data.ts';
import { dayFor } from './pages.ts';

/**
 * What both feeds share: the day, `?area=` (a value it can't read is a 400 naming the choices), and the
 * current alerts for them, newest first.
 */
export function feedAnswer(
  request: Request,
  env: Env,
  render: (alerts: readonly AlertRecord[], ctx: FeedContext) => string,
  contentType: string,
): Response {
  const day = dayFor(request, env);
  if (day instanceof Response) return day;
  const url = new URL(request.url);
  const query = parseAlertQuery(url.searchParams, ['area']);
  if (!query.ok) {
    return new Response(`${choicesText('area')}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const ctx = { origin: url.origin, today: day.day, filter: query.filter };
  const { current } = alertLists(ALERTS, day.day, query.filter);
  return new Response(render(current, ctx), {
    headers: { 'Content-Type': contentType, 'Cache-Control': dayCacheControl(new Date(), day.simulated) },
  });
}
