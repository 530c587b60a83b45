import { escapeHtml, html, type SafeHtml } from './html.ts';

/**
 * Functions answer form posts (no JavaScript) with full pages. Astro builds each shell page at build time
 * in the site's layout with SHELL_MAIN where the answer goes; the function fetches the shell from ASSETS
 * and fills it. One layout, never a second hand-written one.
 */
export const SHELL_MAIN = '<!--shell:main-->';
const TITLE = /<title>([^<]*)<\/title>/;

export interface ShellFill {
  /** The page title, before the site name (e.g. "Error: Check a trader"). */
  title: string;
  /** The page's main content, built with `html` so every user value is escaped. */
  main: SafeHtml;
}

export function fillShell(shell: string, fill: ShellFill): string {
  if (!shell.includes(SHELL_MAIN)) throw new Error('Page shell has no main slot');
  return shell
    .replace(TITLE, (_m, old: string) => {
      const siteName = old.includes(' – ') ? old.slice(old.indexOf(' – ')) : '';
      return `<title>${escapeHtml(fill.title)}${siteName}</title>`;
    })
    .replace(SHELL_MAIN, () => fill.main.value);
}

/** Fetches a built shell page through the ASSETS binding (structural type, so src/lib stays Cloudflare-free). */
export async function loadShell(
  assets: { fetch: (input: Request | string) => Promise<Response> },
  requestUrl: string,
  path: string,
): Promise<string> {
  const res = await assets.fetch(new Request(new URL(path, requestUrl)));
  if (!res.ok) throw new Error(`Shell ${path} answered ${res.status}`);
  return res.text();
}

export interface ShellInit {
  status: number;
  headers?: Record<string, string>;
  /** Told when the shell can't be had (a broken deploy); the page is still answered, plainly. */
  onShellMissing?: (error: unknown) => void;
}

/**
 * A no-JavaScript answer as a full page: the built shell filled with `fill`. Without the shell it still
 * answers with a plain, usable page rather than fail: the one fallback every handler shares.
 */
export async function shellResponse(
  loadShellPage: () => Promise<string>,
  fill: ShellFill,
  init: ShellInit,
): Promise<Response> {
  let body: string;
  try {
    body = fillShell(await loadShellPage(), fill);
  } catch (error) {
    init.onShellMissing?.(error);
    body = html`<!doctype html>
      <html lang="en-GB">
        <meta charset="utf-8" />
        <title>${fill.title}</title>
        <main>${fill.main}</main>
      </html>`.value;
  }
  return new Response(body, {
    status: init.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...init.headers },
  });
}
