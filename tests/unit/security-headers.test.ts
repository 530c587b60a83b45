import { describe, expect, it } from 'vitest';
import { headersFile, SECURITY_HEADERS, withSecurityHeaders } from '../../src/lib/web/security-headers.ts';

describe('security headers', () => {
  it('writes every security header into the static assets’ _headers for every path', () => {
    const file = headersFile();
    const block = file.slice(file.indexOf('/*\n'), file.indexOf('/_astro/*'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(block).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('never allows inline scripts or framing', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFile()).not.toContain('unsafe-inline');
    expect(headersFile()).not.toMatch(/default-src|script-src/);
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
