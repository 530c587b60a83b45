import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../support/search-eval.ts';
import { formatTraderReport } from '../../support/trader-eval.ts';
import type { Searcher } from '../../src/lib/search/search.ts';

/** A search that always answers with the same pages, best first. */
function answering(...urls: string[]): Searcher {
  const results = urls.map((url) => ({ title: url, url, summary: '', score: 1, matched: [] }));
  return { search: () => results, pageCount: urls.length };
}

describe('the evaluation reports name every miss', () => {
  it('search: the query, the pages it wanted, and what came instead; and a query that could not be measured', () => {
    const report = evaluate(
      answering('/advice/rogue-traders/', '/alerts/winter-fuel/'),
      [
        { query: 'cowboy builders', expect: ['rogue-traders'] },
        { query: 'cooling off period', expect: ['14-day-right-to-cancel', 'how-to-cancel'] },
        { query: 'a page since taken down', expect: ['gone'] },
      ],
      new Set(['rogue-traders', '14-day-right-to-cancel', 'how-to-cancel']),
    );
    expect(report.hits).toBe(1);
    const text = formatReport(report);
    expect(text).toContain('1/2 = 50.0%');
    expect(text).toContain(
      'miss: "cooling off period" wanted 14-day-right-to-cancel | how-to-cancel; got rogue-traders, alerts/winter-fuel',
    );
    expect(text).toContain('not measured: "a page since taken down" wanted gone');
  });

  it('traders: the search as typed, every trader that would have been right, and the traders that came instead', () => {
    const query = { trade: 'rofer', postcode: 'AL5 2AB', expect: ['BWC-10005', 'BWC-10046'], why: 'misspelt trade' };
    const text = formatTraderReport({ total: 1, hits: 0, recall: 0, misses: [{ query, got: ['BWC-10001'] }] });
    expect(text).toContain('0/1 = 0.0%');
    expect(text).toContain('miss: trade="rofer" postcode="AL5 2AB" wanted BWC-10005 | BWC-10046; got BWC-10001');
  });
});
