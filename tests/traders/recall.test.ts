import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateTraders, formatTraderReport, readTraderQueries } from '../../support/trader-eval.ts';
import { registerImportSql } from '../../src/lib/traders/import-sql.ts';
import { checkRegister } from '../../src/lib/traders/register-file.ts';
import { sqliteD1 } from '../../support/sqlite-d1.ts';

// The sample register as shipped, loaded through the import's own SQL into SQLite in-process.
const csv = readFileSync(new URL('../../content/data/sample-register.csv', import.meta.url).pathname, 'utf8');
const check = checkRegister(csv);
if (!check.ok) throw new Error(check.problems.join('\n'));
const db = sqliteD1();
await db.batch(registerImportSql(check.rows, { sample: true, importedAt: 'test' }).map((s) => db.prepare(s)));
afterAll(() => {
  db.close();
});
const queries = readTraderQueries();
const ids = new Set(check.rows.map((r) => r.memberId));

describe('trader search over the evaluation set', () => {
  it('has at least 60 typed queries, each naming the approved traders in the sample register that answer it', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) {
      expect(q.q ?? q.trade ?? q.postcode, 'a query needs words').toBeTruthy();
      expect(q.expect.length, `${q.why}: no trader named`).toBeGreaterThan(0);
      for (const id of q.expect) {
        expect(ids.has(id), `${id} is not in the sample register`).toBe(true);
        expect(check.rows.find((r) => r.memberId === id)?.status, id).toBe('approved');
      }
    }
  });

  it('asks each search once, so none counts twice or disagrees with itself', () => {
    const seen = queries.map((q) => JSON.stringify([q.q, q.trade, q.postcode].map((v) => v?.trim().toLowerCase())));
    expect(seen.filter((q, i) => seen.indexOf(q) !== i)).toEqual([]);
  });

  it('puts a right trader in the top 3 for at least 95% of queries, naming each miss', async () => {
    const report = await evaluateTraders(db, queries);
    console.log(formatTraderReport(report));
    // The message is the whole report, so a failure names every miss: the search, the traders wanted, and the
    // traders that came instead.
    expect(report.recall, formatTraderReport(report)).toBeGreaterThanOrEqual(0.95);
  });
});
