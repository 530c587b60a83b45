import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onRequestGet } from '../../functions/search/index.ts';
import SearchPage from '../../src/components/search/SearchPage.tsx';
import { FALLBACK_END, FALLBACK_START, SERVER_RESULTS_ID } from '../../src/lib/search/server-page.ts';
import { pagesContext } from '../support/platform.ts';

/**
 * Same query, same markup, two paths: what the search island renders once its index is ready, and what
 * the Worker answers /search/?q= with for a browser without JavaScript. They must be the same, character
 * for character, or the page would move when the island takes over (the e2e layout-shift test measures it).
 */

// The island with its index loaded: the same index file the Worker searches, loaded as the island loads it.
vi.mock('../../src/components/search/useSearchIndex.ts', async () => {
  const { loadSearch } = await import('../../src/lib/search/search.ts');
  const data = (await import('../../src/generated/search-index.json')).default;
  const searcher = loadSearch(data);
  return { useSearchIndex: () => ({ kind: 'ready', searcher }) };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The island's markup for a visit to /search/?q=…: it reads the words from the address as it renders. */
function island(query: string): string {
  vi.stubGlobal('window', { location: { search: `?${new URLSearchParams({ q: query }).toString()}` } });
  const markup = renderToStaticMarkup(createElement(SearchPage));
  const open = '<div class="search-page">';
  expect(markup.startsWith(open) && markup.endsWith('</div>')).toBe(true);
  return markup.slice(open.length, -'</div>'.length);
}

const BEFORE = '<main><h1>Search the advice</h1><div class="search-page"><div id="search-fallback">';
const AFTER = '</div></div></main>';
const BUILT = `${BEFORE}${FALLBACK_START}<p>The A to Z</p>${FALLBACK_END}${AFTER}`;
const env = { ASSETS: { fetch: () => Promise.resolve(new Response(BUILT)) } } as unknown as Env;

/** The no-JavaScript page's results: what the Worker put where the A to Z was. */
async function noJs(query: string): Promise<string> {
  const url = `http://127.0.0.1/search/?${new URLSearchParams({ q: query }).toString()}`;
  const res = await onRequestGet(pagesContext(new Request(url), env));
  const page = await res.text();
  expect(page.startsWith(BEFORE) && page.endsWith(AFTER)).toBe(true);
  const answer = page.slice(BEFORE.length, -AFTER.length);
  const open = `<div id="${SERVER_RESULTS_ID}">`;
  expect(answer.startsWith(open) && answer.endsWith('</div>')).toBe(true);
  return answer.slice(open.length, -'</div>'.length);
}

describe('search renders the same results markup in the island and without JavaScript', () => {
  for (const query of ['rouge trader', 'man at door says roof loose', 'cooling off', 'scam <b>text</b> & "bank"']) {
    it(`results for ${query}`, async () => {
      const live = island(query);
      expect(live).toContain('<ol class="search-results" aria-label="Search results"><li><a href="/advice/');
      expect(live).toContain('<mark>');
      expect(await noJs(query)).toBe(live);
    });
  }

  it('no results: the same status and the same way to the A to Z', async () => {
    const live = island('zzzzqqq');
    expect(live).toContain('No results for ‘zzzzqqq’');
    expect(live).toContain('<a href="/advice/">See every advice page from A to Z</a>');
    expect(live).not.toContain('<ol');
    expect(await noJs('zzzzqqq')).toBe(live);
  });

  it('the words searched for are escaped in the box, the status line and the results', async () => {
    const page = await noJs('<script>alert(1)</script> scam');
    expect(page).not.toContain('<script>');
    expect(page).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt; scam"');
  });
});
