import { html } from '../web/html.ts';
import { fillShell, type ShellFill } from '../web/page-shell.ts';
import { REFERRAL_SHELL } from './paths.ts';

/**
 * A full HTML page for the referral journey: the build-time shell filled with `fill`. Without the shell (a
 * broken deploy) it still answers with a plain, usable page rather than fail.
 */
export async function shellPage(
  loadShell: (path: string) => Promise<string>,
  fill: ShellFill,
  init: { status: number; headers?: Record<string, string> },
  onShellMissing: (error: unknown) => void = () => undefined,
): Promise<Response> {
  let body: string;
  try {
    body = fillShell(await loadShell(REFERRAL_SHELL), fill);
  } catch (error) {
    onShellMissing(error);
    body = html`<!doctype html>
      <html lang="en-GB">
        <meta charset="utf-8" />
        <title>${fill.title}</title>
        <main>${fill.main}</main>
      </html>`.value;
  }
  return new Response(body, {
    status: init.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...init.headers },
  });
}
