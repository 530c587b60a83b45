import { loadShell, shellResponse, type ShellFill } from '../web/page-shell.ts';

/** The shell page the inbox's pages are put into (the site's header and footer, no form). */
const INBOX_SHELL = '/get-help/refer-yourself-to-beacon/answer/';

/** Never indexed, never cached: each answer is for one signed-in staff member, now. */
export const INBOX_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

export function inboxPage(
  assets: { fetch: (input: Request | string) => Promise<Response> },
  requestUrl: string,
  status: number,
  fill: ShellFill,
  log: (error: unknown) => void,
): Promise<Response> {
  return shellResponse(() => loadShell(assets, requestUrl, INBOX_SHELL), fill, {
    status,
    headers: { ...INBOX_HEADERS },
    onShellMissing: log,
  });
}

/**
 * A status change must come from a page on this site. Browsers say so in Sec-Fetch-Site; the site's
 * Referrer-Policy (no-referrer) makes them send `Origin: null` on form posts, so Origin is only the fallback
 * for a browser without Sec-Fetch-Site, and then it must name this origin. Anything else is refused.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site !== null) return site === 'same-origin';
  return request.headers.get('Origin') === new URL(request.url).origin;
}
