/**
 * The headers for /admin/ (the editor) and nothing else: the public pages keep their stricter policy.
 * The editor is a single-page app that talks to GitHub from the browser, so it needs more than a page:
 * - connect-src https://api.github.com: it reads and writes the repository through GitHub's REST and
 *   GraphQL APIs (and https://www.githubstatus.com, where it checks whether GitHub is down); blob: and
 *   data: for files it has in memory (it fetches its own logo as a data: address);
 * - img-src https://avatars.githubusercontent.com: the signed-in officer's picture; blob: and data: for
 *   previews the editor makes itself;
 * - style-src 'unsafe-inline': Svelte puts the editor's styles in <style> elements it writes at run time.
 *   Scripts stay 'self' only: no 'unsafe-eval', no inline script, no CDN (the bundle's optional CDN
 *   imports, such as code highlighting, are refused, and nothing here needs them);
 * - frame-src 'self' blob:: the preview pane is an iframe the editor fills itself;
 * - Cross-Origin-Opener-Policy same-origin-allow-popups: the GitHub sign-in popup must be able to hand the
 *   token back to this window (the public pages keep same-origin).
 * Nothing may frame the editor, and nothing caches it: a new bundle must reach officers on the next load.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "font-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const ADMIN_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': ADMIN_CSP,
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'X-Robots-Tag': 'noindex',
  'Cache-Control': 'no-cache',
};

export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}
