import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, withSecurityHeaders } from '../../src/lib/security-headers.ts';

const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url).pathname, 'utf8');

describe('security headers', () => {
  it('sends the same headers for static files as for functions', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headersFile).toContain(`  ${name}: ${value}\n`);
    }
  });

  it('never allows inline scripts or framing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFile).not.toContain('unsafe-inline');
    expect(headersFile).not.toMatch(/default-src|script-src/);
  });

  it('locks JSON answers down with default-src none', () => {
    const res = withSecurityHeaders(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('keeps the page CSP rules for HTML answers', () => {
    const res = withSecurityHeaders(new Response('<p>hi</p>', { headers: { 'Content-Type': 'text/html' } }));
    expect(res.headers.get('Content-Security-Policy')).toContain("form-action 'self'");
  });
});
