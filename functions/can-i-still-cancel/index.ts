import { ukToday } from '../../src/components/cancel/uk-today.ts';
import { CANCEL_SHELL_PATH } from '../../src/lib/cancellation/query.ts';
import { escapeHtml } from '../../src/lib/web/html.ts';
import { fillShell, loadShell } from '../../src/lib/web/page-shell.ts';
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
  let body: string;
  try {
    body = fillShell(await loadShell(env.ASSETS, request.url, CANCEL_SHELL_PATH), fill);
  } catch {
    // Without the shell (a broken deploy) still answer with a usable page rather than fail.
    console.error(JSON.stringify({ event: 'cancel.shell_missing' }));
    body = `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>${escapeHtml(fill.title)}</title><main>${fill.main.value}</main></html>`;
  }
  // An answer can say what someone bought and paid: keep it out of shared caches.
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

export const onRequestGet: PagesFunction<Env> = ({ request, env }) => handleCancel(request, env);
