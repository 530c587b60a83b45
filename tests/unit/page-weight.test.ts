import { describe, expect, it } from 'vitest';
import { moduleImports, PAGE_BUDGET, pageAssets, verdict } from '../../src/lib/web/page-weight.ts';
import { sitemapXml } from '../../src/lib/web/sitemap.ts';

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

describe('moduleImports', () => {
  it('finds static imports, re-exports and dynamic imports in minified code', () => {
    const code =
      'import{a as b}from"./react.js";import"./side.js";export*from"../up.js";' +
      'const c=()=>import("./lazy.js");import(`./${name}.js`);fetch("./data.json")';
    expect(moduleImports(code)).toEqual(['./react.js', './side.js', '../up.js', './lazy.js']);
  });

  it('follows a lazy chunk named in a template literal, as the bundler writes it', () => {
    const code = 'const l=(0,b.lazy)(()=>Ue(()=>import(`./CancelLetter.H06Et7dq.js`).then(e=>e),[]))';
    expect(moduleImports(code)).toEqual(['./CancelLetter.H06Et7dq.js']);
  });

  it('ignores other sites', () => {
    expect(moduleImports('import"https://cdn.example.org/x.js";import("/abs.js")')).toEqual([]);
  });
});

describe('verdict', () => {
  it('fails a page without an island above 14 KB', () => {
    expect(verdict(14 * 1024, false)).toBe('ok');
    expect(verdict(14 * 1024 + 1, false)).toBe('OVER LIMIT');
  });

  it('warns an island page above 90 KB and fails it above 95 KB', () => {
    expect(verdict(PAGE_BUDGET.island.targetBytes, true)).toBe('ok');
    expect(verdict(91 * 1024, true)).toBe('over target');
    expect(verdict(95 * 1024 + 1, true)).toBe('OVER LIMIT');
  });
});

describe('sitemapXml', () => {
  it('lists each URL with its date, escaped', () => {
    const xml = sitemapXml([{ loc: 'https://example.org/a?b=1&c=2', lastmod: '2026-11-23' }]);
    expect(xml).toContain('<url><loc>https://example.org/a?b=1&amp;c=2</loc><lastmod>2026-11-23</lastmod></url>');
  });
});
