import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/web/link-check.ts';

const page = (path: string, html: string) => ({ path, html });

describe('brokenLinks', () => {
  it('accepts links to pages and anchors that exist', () => {
    const pages = [
      page('/', '<a href="/advice/#top">x</a>'),
      page('/advice/', '<h1 id="top">A</h1><a href="../">home</a>'),
    ];
    expect(brokenLinks(pages, () => false)).toEqual([]);
  });

  it('reports a link to a missing page and a missing anchor', () => {
    const pages = [page('/', '<a href="/nope/">x</a><a href="/#gone">y</a>')];
    expect(brokenLinks(pages, () => false)).toEqual([
      '/ → /nope/: no such page',
      '/ → /#gone: no element with id "gone"',
    ]);
  });

  it('ignores other sites, phone numbers and email addresses', () => {
    const pages = [
      page('/', '<a href="https://example.org/">a</a><a href="tel:999">b</a><a href="mailto:a@example.org">c</a>'),
    ];
    expect(brokenLinks(pages, () => false)).toEqual([]);
  });

  it('accepts a link to a file that exists', () => {
    expect(brokenLinks([page('/', '<a href="/favicon.svg">i</a>')], (p) => p === '/favicon.svg')).toEqual([]);
  });
});
