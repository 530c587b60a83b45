import { describe, expect, it } from 'vitest';
import { buildAdviceSearchIndex } from '../../support/build-search-index.ts';
import { evaluate, formatReport, readEvalQueries } from '../../support/search-eval.ts';
import { loadSearch } from '../../src/lib/search/search.ts';

// The real library as it is now, serialised and loaded again exactly as the island does.
const data = JSON.parse(JSON.stringify(buildAdviceSearchIndex())) as { docs: { url: string }[] };
const slugs = new Set(data.docs.map((d) => d.url.replace(/^\/advice\/|\/$/g, '')));
const queries = readEvalQueries();

describe('search recall over the evaluation set', () => {
  it('has at least 60 realistic queries, each naming the pages that answer it', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) {
      expect(q.query.trim(), 'a query needs words').not.toBe('');
      expect(q.expect.length, q.query).toBeGreaterThan(0);
      for (const slug of q.expect) expect(slug, q.query).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('names only pages that exist, and covers every page in the library', () => {
    const named = new Set(queries.flatMap((q) => q.expect));
    expect(
      [...named].filter((slug) => !slugs.has(slug)),
      'expected pages missing from content/advice/',
    ).toEqual([]);
    expect(
      [...slugs].filter((slug) => !named.has(slug)),
      'pages no query looks for',
    ).toEqual([]);
  });

  it('puts a right page in the top 3 for at least 95% of queries', () => {
    const report = evaluate(loadSearch(data), queries, slugs);
    console.log(formatReport(report));
    expect(report.measured, 'no query could be measured: are there advice pages?').toBeGreaterThan(0);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
  });
});
