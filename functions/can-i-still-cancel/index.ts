import { ukToday } from '../../src/lib/calendar-date.ts';
import { CANCEL_SHELL_PATH } from '../../src/lib/cancellation/query.ts';
import { loadShell, shellResponse } from '../../src/lib/web/page-shell.ts';
import { cancelPage } from '../../src/render/cancel-page.tsx';

/**
 * GET /can-i-still-cancel/?… — the calculator's answer and letter as a full page, for people without
 * JavaScript and for links to an answer. No query: the page Astro built. Bad input of any kind gets the
 * questions again with an error summary (400), never a 500.
 */
export async function handleCancel(request: Request, env: Env, now: Date = new Date()): Promise<Response> {
  const url = new URL(request.url);
  if (url.search === '') return env.ASSETS.fetch(request);
  const { status, fill } = cancelPage(url.searchParams, ukToday(now));
  // An answer can say what someone bought and paid: keep it out of shared caches.
  return shellResponse(() => loadShell(env.ASSETS, request.url, CANCEL_SHELL_PATH), fill, {
    status,
    headers: { 'Cache-Control': 'private, no-store' },
    onShellMissing: () => {
      console.error(JSON.stringify({ event: 'cancel.shell_missing' }));
    },
  });
}

export const onRequestGet: PagesFunction<Env> = ({ request, env }) => handleCancel(request, env);
