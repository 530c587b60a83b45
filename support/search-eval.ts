// Measures search against the evaluation set in tests/search/queries.json: is a right page in the top 3?
import { readFileSync } from 'node:fs';
import type { Searcher } from '../src/lib/search/search.ts';

/** One query as a resident might type it, and the pages that answer it (any one counts). */
export interface EvalQuery {
  query: string;
  expect: string[];
}

export interface EvalReport {
  /** Queries with at least one expected page in the library now. */
  measured: number;
  hits: number;
  /** hits / measured, 0 to 1. */
  recall: number;
  misses: { query: string; expect: string[]; got: string[] }[];
  /** Queries none of whose pages exist yet (pages still being written). */
  unmeasured: EvalQuery[];
}

const QUERIES_FILE = new URL('../tests/search/queries.json', import.meta.url).pathname;
const TOP_N = 3;

export function readEvalQueries(file = QUERIES_FILE): EvalQuery[] {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalQuery[];
}

const slugOf = (url: string) => url.replace(/^\/advice\/|\/$/g, '');

export function evaluate(searcher: Searcher, queries: readonly EvalQuery[], slugs: ReadonlySet<string>): EvalReport {
  const report: EvalReport = { measured: 0, hits: 0, recall: 0, misses: [], unmeasured: [] };
  for (const q of queries) {
    if (!q.expect.some((s) => slugs.has(s))) {
      report.unmeasured.push(q);
      continue;
    }
    report.measured += 1;
    const got = searcher.search(q.query, { limit: TOP_N }).map((r) => slugOf(r.url));
    if (got.some((s) => q.expect.includes(s))) report.hits += 1;
    else report.misses.push({ query: q.query, expect: q.expect, got });
  }
  report.recall = report.measured === 0 ? 0 : report.hits / report.measured;
  return report;
}

export function formatReport(report: EvalReport): string {
  const lines = [
    `search recall (right page in top ${TOP_N}): ${report.hits}/${report.measured} = ${(report.recall * 100).toFixed(1)}%`,
    ...report.misses.map(
      (m) => `  miss: "${m.query}" wanted ${m.expect.join(' | ')}; got ${m.got.join(', ') || 'nothing'}`,
    ),
  ];
  if (report.unmeasured.length > 0) {
    lines.push(`  not measured yet (no expected page written): ${report.unmeasured.length} queries`);
  }
  return lines.join('\n');
}
