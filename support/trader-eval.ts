// Measures the trader search against the evaluation set in tests/traders/queries.json: is the trader a
// family is looking for among the first 3 results? Runs the API's own handler over the sample register
// in SQLite in-process (the same SQL D1 runs). `node support/trader-eval.ts` prints the report.
import { readFileSync } from 'node:fs';
import { traderSearchResponse } from '../src/lib/traders/api.ts';
import type { RegisterDb } from '../src/lib/traders/register-db.ts';
import { searchResponseSchema } from '../src/lib/traders/trader-result.ts';

export interface TraderEvalQuery {
  q?: string;
  trade?: string;
  postcode?: string;
  /**
   * The membership numbers that answer this search: the trader it was written for first, then any other
   * approved trader the same words fit as well (another roofer covering the same town). Any one counts.
   */
  expect: string[];
  /** Why this query is in the set: the slip or habit it stands for. */
  why: string;
}

export interface TraderEvalReport {
  total: number;
  hits: number;
  recall: number;
  misses: { query: TraderEvalQuery; got: string[] }[];
}

export const TRADER_QUERIES_FILE = new URL('../tests/traders/queries.json', import.meta.url).pathname;
export const TOP_N = 3;

export function readTraderQueries(file = TRADER_QUERIES_FILE): TraderEvalQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: TraderEvalQuery[] }).queries;
}

export const queryParams = (q: TraderEvalQuery) =>
  new URLSearchParams(
    Object.entries({ q: q.q, trade: q.trade, postcode: q.postcode }).filter((e): e is [string, string] => !!e[1]),
  );

export async function evaluateTraders(db: RegisterDb, queries: readonly TraderEvalQuery[]): Promise<TraderEvalReport> {
  const report: TraderEvalReport = { total: queries.length, hits: 0, recall: 0, misses: [] };
  for (const query of queries) {
    const res = await traderSearchResponse(
      new URL(`http://127.0.0.1/api/traders?${queryParams(query).toString()}`),
      db,
      {
        now: new Date('2026-12-01T12:00:00Z'),
      },
    );
    const got =
      res.status === 200
        ? searchResponseSchema
            .parse(await res.json())
            .results.slice(0, TOP_N)
            .map((r) => r.memberId)
        : [`HTTP ${res.status}`];
    if (got.some((id) => query.expect.includes(id))) report.hits += 1;
    else report.misses.push({ query, got });
  }
  report.recall = report.total ? report.hits / report.total : 0;
  return report;
}

export function formatTraderReport(report: TraderEvalReport): string {
  const describe = (q: TraderEvalQuery) =>
    [q.q && `q="${q.q}"`, q.trade && `trade="${q.trade}"`, q.postcode && `postcode="${q.postcode}"`]
      .filter(Boolean)
      .join(' ');
  return [
    `trader recall (right trader in top ${TOP_N}): ${report.hits}/${report.total} = ${(report.recall * 100).toFixed(1)}%`,
    ...report.misses.map(
      (m) => `  miss: ${describe(m.query)} wanted ${m.query.expect.join(' | ')}; got ${m.got.join(', ') || 'nothing'}`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const { sqliteD1 } = await import('./sqlite-d1.ts');
  const { registerImportSql } = await import('../src/lib/traders/import-sql.ts');
  const { checkRegister } = await import('../src/lib/traders/register-file.ts');
  const db = sqliteD1();
  const check = checkRegister(
    readFileSync(new URL('../content/data/sample-register.csv', import.meta.url).pathname, 'utf8'),
  );
  if (!check.ok) throw new Error(check.problems.join('\n'));
  await db.batch(registerImportSql(check.rows, { sample: true, importedAt: 'eval' }).map((s) => db.prepare(s)));
  console.log(formatTraderReport(await evaluateTraders(db, readTraderQueries())));
}
