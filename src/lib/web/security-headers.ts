/**
 * Security headers for every response, from this one place: the build writes them into dist/_headers for
 * static files (headersFile, by scripts/write-headers.ts), and the Worker sets them on every answer it
 * makes (withSecurityHeaders, in functions/_worker.ts). A test through the served site compares the two.
 *
 * The header CSP carries only what a <meta> CSP cannot (frame-ancestors) plus rules that agree with the
 * meta CSP Astro writes into each page with script and style hashes. It deliberately has no default-src or
 * script-src: browsers enforce both policies, and a header `default-src 'self'` would block the hashed
 * inline island loader.
 */
const HEADER_CSP = [
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  'upgrade-insecure-requests',
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
};

/** The CSP for responses that are not pages (JSON): nothing may load or frame them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers a handler may set for itself, stricter or scoped: the CMS sign-in page has its own CSP (one
 * script hash) and lets its popup keep its opener. Every other header is always the site's.
 */
const HANDLER_MAY_SET = new Set(['Content-Security-Policy', 'Cross-Origin-Opener-Policy']);

/** Returns a copy of the response with the security headers set (keeping a CSP or COOP the handler set). */
export function withSecurityHeaders(response: Response): Response {
  const secured = new Response(response.body, response);
  const own = new Set([...HANDLER_MAY_SET].filter((name) => response.headers.has(name)));
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!own.has(name)) secured.headers.set(name, value);
  const type = secured.headers.get('Content-Type') ?? '';
  if (!type.startsWith('text/html') && !own.has('Content-Security-Policy'))
    secured.headers.set('Content-Security-Policy', API_CSP);
  return secured;
}

/** Built assets carry a content hash in their names, so they can be cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The `_headers` file for the static assets: the security headers on every path, long caching for /_astro/. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by scripts/write-headers.ts from src/lib/web/security-headers.ts at build time: edit that file.',
    '/*',
    ...lines,
    '',
    '/_astro/*',
    `  Cache-Control: ${IMMUTABLE}`,
    '',
  ].join('\n');
}
