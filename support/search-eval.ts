// Measures search against the evaluation set in tests/search/queries.json: is a right page in the top 3?
import { readFileSync } from 'node:fs';
import type { SearchDocument } from '../src/lib/search/documents.ts';
import type { Searcher } from '../src/lib/search/search.ts';

/**
 * One query as a resident might type it, and the pages that answer it (any one counts): an advice page by
 * its file name ("rogue-traders"), an alert as "alerts/" and its file name ("alerts/winter-fuel-…").
 */
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
  /** Queries none of whose pages exist (pages still being written, or an alert since taken out). */
  unmeasured: EvalQuery[];
}

const QUERIES_FILE = new URL('../tests/search/queries.json', import.meta.url).pathname;
const TOP_N = 3;

/**
 * The day the evaluation searches on. It is only a day: the eval index treats every alert as current on
 * any day (everyAlertCurrent), so the figures do not change as alerts end.
 */
const EVAL_DAY = '2026-01-01';

export function readEvalQueries(file = QUERIES_FILE): EvalQuery[] {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalQuery[];
}

/** How the query set names a page: "rogue-traders" for /advice/rogue-traders/, "alerts/x" for /alerts/x/. */
export function pageIdOf(url: string): string {
  const alert = /^\/alerts\/([^/]+)\/$/.exec(url);
  if (alert) return `alerts/${alert[1] ?? ''}`;
  const easyRead = /^\/easy-read\/([^/]+)\/$/.exec(url);
  if (easyRead) return `easy-read/${easyRead[1] ?? ''}`;
  return url.replace(/^\/advice\/|\/$/g, '');
}

/**
 * The pages with every alert made current whatever the day: the hard case for the advice queries (each
 * alert competes for the top 3 at full weight) and the case the alert queries are about (a resident
 * typing what a current alert warns of).
 */
export function everyAlertCurrent(documents: readonly SearchDocument[]): SearchDocument[] {
  return documents.map((d) => (d.alert ? { ...d, alert: { published: '1000-01-01', expires: '9999-12-31' } } : d));
}

export function evaluate(
  searcher: Searcher,
  queries: readonly EvalQuery[],
  pages: ReadonlySet<string>,
  today = EVAL_DAY,
): EvalReport {
  const report: EvalReport = { measured: 0, hits: 0, recall: 0, misses: [], unmeasured: [] };
  for (const q of queries) {
    if (!q.expect.some((s) => pages.has(s))) {
      report.unmeasured.push(q);
      continue;
    }
    report.measured += 1;
    const got = searcher.search(q.query, { today, limit: TOP_N }).map((r) => pageIdOf(r.url));
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
  // Named too: a query whose every page has gone would otherwise drop out of the figure unseen.
  for (const q of report.unmeasured) {
    lines.push(`  not measured: "${q.query}" wanted ${q.expect.join(' | ')}, none of which is in the library`);
  }
  return lines.join('\n');
}
