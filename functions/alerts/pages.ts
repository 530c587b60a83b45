import { dayCacheControl } from '../../src/lib/alerts/cache.ts';
import { requestDay } from '../../src/lib/alerts/day.ts';
import type { AlertsPageState } from '../../src/lib/alerts/page.ts';
import { loadShell, shellResponse } from '../../src/lib/web/page-shell.ts';
import { alertsPageFill } from '../../src/render/alerts-page.tsx';

/** The day a request is for, or the 400 page that says what is wrong with `?now=` (development only). */
export function dayFor(request: Request, env: Env): { day: string; simulated: boolean } | Response {
  const url = new URL(request.url);
  const day = requestDay(url, env.ENVIRONMENT);
  if (day.ok) return day;
  return new Response(`${day.message}\n`, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** /alerts/ in its built shell, for the day, cached no longer than the day lasts. */
export function alertsPageResponse(
  request: Request,
  env: Env,
  state: AlertsPageState,
  day: { simulated: boolean },
): Promise<Response> {
  return shellResponse(() => loadShell(env.ASSETS, request.url, '/alerts/'), alertsPageFill(state), {
    status: state.kind === 'bad-choice' ? 400 : 200,
    headers: { 'Cache-Control': state.kind === 'bad-choice' ? 'no-store' : dayCacheControl(new Date(), day.simulated) },
    onShellMissing: () => {
      console.error(JSON.stringify({ event: 'alerts.shell_missing' }));
    },
  });
}

/** The site's 404 page, with its status, for an alert that does not exist (or is not published yet). */
export async function notFound(request: Request, env: Env): Promise<Response> {
  const page = await env.ASSETS.fetch(new Request(new URL('/404.html', request.url)));
  return new Response(page.body, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
