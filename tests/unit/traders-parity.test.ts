import { readFileSync } from 'node:fs';
import { createElement, createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchMember, fetchSearch } from '../../src/components/traders/api-client.ts';
import { MemberResult, SearchResults } from '../../src/components/traders/Results.tsx';
import TraderCheck from '../../src/components/traders/TraderCheck.tsx';
import { TraderForms } from '../../src/components/traders/TraderForms.tsx';
import { ErrorSummary } from '../../src/components/ui/ErrorSummary.tsx';
import { API_MESSAGES, memberLookupResponse, traderSearchResponse } from '../../src/lib/traders/api.ts';
import { EMPTY_VALUES, searchProblems, summaryLinks, valuesFromQuery } from '../../src/lib/traders/form-fields.ts';
import { registerImportSql } from '../../src/lib/traders/import-sql.ts';
import { checkRegister } from '../../src/lib/traders/register-file.ts';
import type { RegisterDb } from '../../src/lib/traders/register-db.ts';
import { traderResultsAnswer } from '../../src/lib/traders/results-page.ts';
import { memberKey } from '../../src/lib/traders/member-id.ts';
import { checkTraderSearch } from '../../src/lib/traders/search-query.ts';
import { UNAVAILABLE } from '../../src/lib/traders/wording.ts';
import { traderResultsFill } from '../../src/render/trader-results-page.tsx';
import { sqliteD1 } from '../../support/sqlite-d1.ts';

/**
 * Same state, same markup, two paths (as cancel-parity.test.ts): what the island renders from the API's
 * JSON answer, with its handlers, and what the no-JavaScript results page renders for the same query
 * string. The island's API calls (api-client.ts) go to the API's own request handlers over the same
 * register, so both paths read the same data; only the way it reaches the components differs.
 */

const csv = readFileSync(new URL('../../content/data/sample-register.csv', import.meta.url).pathname, 'utf8');
const check = checkRegister(csv);
if (!check.ok) throw new Error(check.problems.join('\n'));
const db = sqliteD1();
await db.batch(registerImportSql(check.rows, { sample: true, importedAt: 'test' }).map((s) => db.prepare(s)));
const NOW = new Date('2026-11-23T12:00:00Z');
const BASE = 'http://127.0.0.1:8788';
const noop = () => undefined;

/** The register the island's fetches reach; a test may swap in one that is down. */
let apiDb: RegisterDb = db;
beforeAll(() => {
  vi.stubGlobal('fetch', async (path: string) => {
    const url = new URL(path, BASE);
    const member = /^\/api\/traders\/(.+)$/.exec(url.pathname)?.[1];
    const log = noop;
    return member === undefined
      ? traderSearchResponse(url, apiDb, { now: NOW, log })
      : memberLookupResponse(decodeURIComponent(member), apiDb, { now: NOW, log });
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  db.close();
});

/** The no-JavaScript page's main content, and its status, for a query string. */
async function noJs(query: string, register: RegisterDb = db) {
  const answer = await traderResultsAnswer(new URLSearchParams(query), { db: register, now: NOW });
  if (answer.kind !== 'page') throw new Error(`${query} redirected`);
  return { status: answer.status, main: traderResultsFill(answer.title, answer.view).main.value };
}

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
const islandForms = (values = EMPTY_VALUES, errors = {}) =>
  render(createElement(TraderForms, { values, errors, busy: false, onChange: noop, onSearch: noop, onMember: noop }));
/** The summary from its role="alert" child in: only the no-JS page's outer element has autofocus. */
const SUMMARY = /<div role="alert">[\s\S]*?<\/div><\/div>/;

describe('the trader check renders the same markup in the island and without JavaScript', () => {
  it('before the island hydrates, it is the no-JavaScript forms exactly', () => {
    const blank = render(createElement(TraderForms, { values: EMPTY_VALUES, errors: {} }));
    expect(render(createElement(TraderCheck))).toBe(blank);
    expect(islandForms()).toBe(blank);
    expect(blank.match(/<form [^>]*action="\/check-a-trader\/results\/" method="get">/g)).toHaveLength(2);
    for (const name of ['q', 'trade', 'postcode', 'member']) expect(blank).toContain(`name="${name}"`);
  });

  it('the register down: the same problem in the summary, and the forms empty', async () => {
    apiDb = {
      prepare: () => {
        throw new Error('down');
      },
    };
    try {
      const page = await noJs('trade=roofer', apiDb);
      const outcome = await fetchSearch(new URLSearchParams('trade=roofer'));
      expect(outcome.kind).toBe('failed');
      // What TraderCheck shows for a failed answer.
      const summary = render(
        createElement(ErrorSummary, { errors: [], problem: UNAVAILABLE, summaryRef: createRef<HTMLDivElement>() }),
      );
      expect(page.status).toBe(503);
      expect(summary).toContain(`<p>${UNAVAILABLE}</p>`);
      expect(page.main.match(SUMMARY)?.[0]).toBe(summary.match(SUMMARY)?.[0]);
      expect(page.main).toContain(islandForms());
    } finally {
      apiDb = db;
    }
  });

  for (const [what, query, expected] of [
    ['approved roofers near a postcode', 'trade=roofer&postcode=AL10+9AB', 'Puddleby &amp; Daughters Roofing'],
    ['a misspelt trade and town', 'trade=plummer&postcode=stevenidge', 'Showing results for “Plumbing”'],
    ['a misspelt name', 'q=harpendon&postcode=Harpenden', 'class="trader-results__showing"'],
    ['nobody near an unknown place, with suggestions', 'trade=roofer&postcode=Luton', 'Roofing, anywhere'],
    ['many results over pages, every status', 'postcode=SG1&status=all&page=2', 'rel="prev"'],
  ] as const) {
    it(`search results: ${what}`, async () => {
      const outcome = await fetchSearch(new URLSearchParams(query));
      if (outcome.kind !== 'results') throw new Error(`the API answered ${outcome.kind}`);
      const island = render(
        createElement(SearchResults, {
          answer: outcome.answer,
          headingRef: createRef<HTMLHeadingElement>(),
          onPage: noop,
          onSuggest: noop,
        }),
      );
      const page = await noJs(query);
      expect(page.status).toBe(200);
      expect(island).toContain(expected);
      expect(page.main).toContain(island);
      expect(page.main.match(/<h1[ >]/g)).toHaveLength(1);
      // The forms again, filled in as sent, are the island's forms with those values.
      expect(page.main).toContain(islandForms({ ...valuesFromQuery(new URLSearchParams(query)), member: '' }));
    });
  }

  for (const [what, typed, status, expected] of [
    ['an approved member', 'bwc 10001', 200, 'tag--approved'],
    ['an expired member', 'BWC-10002', 200, 'Membership ended'],
    ['a number no member has', 'BWC-99999', 404, 'No member has the number BWC-99999.'],
  ] as const) {
    it(`membership number: ${what}`, async () => {
      const outcome = await fetchMember(typed);
      if (outcome.kind !== 'found' && outcome.kind !== 'not-found') throw new Error(`answered ${outcome.kind}`);
      const trader = outcome.kind === 'found' ? outcome.trader : null;
      const island = render(
        createElement(MemberResult, {
          typed,
          trader,
          sample: outcome.sample,
          headingRef: createRef<HTMLHeadingElement>(),
        }),
      );
      const page = await noJs(`member=${encodeURIComponent(typed)}`);
      expect(page.status).toBe(status);
      expect(island).toContain(expected);
      expect(island).toContain('Share this result');
      // The only difference is heading levels: without JavaScript the answer is the whole page, so its
      // heading is the h1 and the member's name an h2 (in the island: the page's h1, then h2, then h3).
      const asPage = island
        .replace(/<h2 (id="results-heading"[^>]*)>([^<]*)<\/h2>/, '<h1 $1>$2</h1>')
        .replace(/<h3 (class="trader-card__name")>([^<]*)<\/h3>/, '<h2 $1>$2</h2>');
      expect(asPage).not.toBe(island);
      expect(page.main).toContain(asPage);
      expect(page.main.match(/<h1[ >]/g)).toHaveLength(1);
    });
  }

  for (const [what, query, field] of [
    ['a membership number that cannot be one', 'member=%21%21', 'trader-member'],
    ['an empty search', 'q=', 'trader-q'],
    ['a postcode with no letters or digits', 'postcode=%2A%2A%2A&q=%3Cb%3E', 'trader-postcode'],
  ] as const) {
    it(`the forms again with errors: ${what}`, async () => {
      const params = new URLSearchParams(query);
      const values = valuesFromQuery(params);
      // What the island shows for the same input (TraderCheck's runMember and runSearch).
      const checked = checkTraderSearch(params);
      const problems = params.has('member')
        ? { errors: memberKey(values.member.trim()) === null ? { member: API_MESSAGES.memberInvalid } : {} }
        : searchProblems(checked.ok ? {} : checked.fields);
      const links = summaryLinks(problems.errors).map((l) => ({ ...l, onFollow: noop }));
      const summary = render(createElement(ErrorSummary, { errors: links, summaryRef: createRef<HTMLDivElement>() }));
      const page = await noJs(query);
      expect(page.status).toBe(400);
      expect(summary).toContain(`href="#${field}"`);
      expect(page.main.match(SUMMARY)?.[0]).toBe(summary.match(SUMMARY)?.[0]);
      expect(page.main).toContain('<div class="error-summary" tabindex="-1" autofocus="">');
      expect(page.main).toContain(islandForms(values, problems.errors));
      expect(page.main).toContain(`${field}-error`);
    });
  }
});
