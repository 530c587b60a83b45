import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '../../support/trim-csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const LOADER = 'window.loaded=1';
const ISLAND_STYLE = 'astro-island{display:contents}';
const UNUSED = hash('a directive this page never uses');

function page(body: string): string {
  const policy = `default-src 'self'; script-src 'self' ${hash(LOADER)} ${UNUSED}; style-src 'self' ${hash(ISLAND_STYLE)}`;
  return `<head><meta http-equiv="content-security-policy" content="${policy};"></head><body>${body}</body>`;
}

describe('each page’s meta CSP keeps only the hashes of its own inline scripts and styles', () => {
  it('keeps the hash of an inline script and style the page holds, and drops the rest', () => {
    const out = trimCspHashes(page(`<style>${ISLAND_STYLE}</style><script>${LOADER}</script>`));
    expect(out).toContain(`script-src 'self' ${hash(LOADER)};`);
    expect(out).toContain(`style-src 'self' ${hash(ISLAND_STYLE)};`);
    expect(out).not.toContain(UNUSED);
  });

  it('counts module scripts, and ignores external ones, which script-src allows as self', () => {
    const out = trimCspHashes(
      page(`<script type="module">${LOADER}</script><script type="module" src="/a.js"></script>`),
    );
    expect(out).toContain(hash(LOADER));
    expect(out).not.toContain(UNUSED);
  });

  it('leaves a page with no inline code allowing only its own files', () => {
    const out = trimCspHashes(page('<p>Advice</p>'));
    expect(out).toContain("script-src 'self'; style-src 'self';");
    expect(out).toContain("default-src 'self'");
  });
});
