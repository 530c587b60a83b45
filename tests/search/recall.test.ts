import { describe, expect, it } from 'vitest';
import { buildSiteSearchIndex, siteSearchDocuments } from '../../support/build-search-index.ts';
import { evaluate, everyAlertCurrent, formatReport, pageIdOf, readEvalQueries } from '../../support/search-eval.ts';
import { loadSearch } from '../../src/lib/search/search.ts';

// The real library as it is now (advice pages and alerts), serialised and loaded again exactly as the island
// does, with every alert current so each competes for the top 3 at full weight whatever the day.
const data = JSON.parse(JSON.stringify(buildSiteSearchIndex(everyAlertCurrent(siteSearchDocuments())))) as {
  docs: { url: string }[];
};
const pages = new Set(data.docs.map((d) => pageIdOf(d.url)));
const queries = readEvalQueries();

describe('search recall over the evaluation set', () => {
  it('has at least 60 realistic queries, each naming the pages that answer it', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) {
      expect(q.query.trim(), 'a query needs words').not.toBe('');
      expect(q.expect.length, q.query).toBeGreaterThan(0);
      for (const page of q.expect) expect(page, q.query).toMatch(/^((alerts|easy-read)\/)?[a-z0-9-]+$/);
    }
  });

  it('asks each query once, so none counts twice or disagrees with itself', () => {
    const seen = queries.map((q) => q.query.trim().toLowerCase());
    expect(seen.filter((q, i) => seen.indexOf(q) !== i)).toEqual([]);
  });

  it('names only pages that exist, and covers every advice page, Easy Read page and alert', () => {
    const named = new Set(queries.flatMap((q) => q.expect));
    expect(
      [...named].filter((page) => !pages.has(page)),
      'expected pages missing from content/',
    ).toEqual([]);
    expect(
      [...pages].filter((page) => !named.has(page)),
      'pages no query looks for',
    ).toEqual([]);
  });

  it('puts a right page in the top 3 for every query, naming each miss', () => {
    const report = evaluate(loadSearch(data), queries, pages);
    console.log(formatReport(report));
    expect(report.measured, 'no query could be measured: are there pages?').toBeGreaterThan(0);
    expect(report.misses, formatReport(report)).toEqual([]);
  });
});
