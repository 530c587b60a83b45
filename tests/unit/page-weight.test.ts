import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../src/lib/page-weight.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';

describe('pageAssets', () => {
  it('finds stylesheets, scripts and island modules', () => {
    const page =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>' +
      '<astro-island uid="1" component-url="/_astro/C.js" component-export="default" renderer-url="/_astro/client.js">';
    expect(pageAssets(page)).toEqual(['/_astro/a.css', '/_astro/b.js', '/_astro/C.js', '/_astro/client.js']);
  });

  it('ignores other sites', () => {
    expect(pageAssets('<link rel="stylesheet" href="https://cdn.example.org/x.css">')).toEqual([]);
  });
});

describe('sitemapXml', () => {
  it('lists each URL with its date, escaped', () => {
    const xml = sitemapXml([{ loc: 'https://example.org/a?b=1&c=2', lastmod: '2026-11-23' }]);
    expect(xml).toContain('<url><loc>https://example.org/a?b=1&amp;c=2</loc><lastmod>2026-11-23</lastmod></url>');
  });
});
