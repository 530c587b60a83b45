import { unstable_splitSqlQuery } from 'wrangler';
import { describe, expect, it } from 'vitest';
import { fakeRegisterRows, toCsv } from '../../support/fake-register.ts';
import {
  insertStatements,
  registerImportFile,
  registerImportSql,
  sqlLiteral,
  stagingSql,
  swapSql,
} from '../../src/lib/traders/import-sql.ts';
import { checkRegister } from '../../src/lib/traders/register-file.ts';

const rowsOf = (count: number) => {
  const check = checkRegister(toCsv(fakeRegisterRows(count)));
  if (!check.ok) throw new Error(check.problems.join('\n'));
  return check.rows;
};

describe('register import SQL', () => {
  it('quotes text by doubling single quotes', () => {
    expect(sqlLiteral("Bishop's Stortford")).toBe("'Bishop''s Stortford'");
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(42)).toBe('42');
  });

  it('keeps every statement under D1’s 100 KB limit', () => {
    const statements = registerImportSql(rowsOf(3000), { sample: true, importedAt: '2026-11-23T09:00:00Z' });
    expect(Math.max(...statements.map((s) => s.length))).toBeLessThan(100_000);
  });

  it('fills staging first, then swaps: live tables emptied and refilled, staging emptied', () => {
    const rows = rowsOf(10);
    const staging = stagingSql(rows, { sample: false, importedAt: 'now' });
    expect(staging[0]).toBe('DELETE FROM staging_traders');
    expect(staging.every((s) => !/\b(INTO|FROM) (traders|trader_trades|trader_areas|trader_names)\b/.test(s))).toBe(
      true,
    );
    expect(staging.at(-1)).toContain("('source', 'register')");
    const swap = swapSql();
    expect(swap).toContain('DELETE FROM traders');
    expect(swap.at(-1)).toMatch(/^DELETE FROM staging_/);
    expect(registerImportSql(rows, { sample: false, importedAt: 'now' })).toEqual([...staging, ...swap]);
  });

  it('splits back into the same statements the way wrangler reads a file', () => {
    const rows = rowsOf(50);
    rows[0] = { ...rows[0]!, name: "Semi; colon -- and 'quotes' /* not a comment */" };
    const meta = { sample: true, importedAt: 'now' };
    expect(unstable_splitSqlQuery(registerImportFile(rows, meta))).toEqual(registerImportSql(rows, meta));
  });

  it('puts many rows in one statement', () => {
    const statements = insertStatements(
      't',
      ['a'],
      Array.from({ length: 100 }, (_, i) => [i]),
    );
    expect(statements).toHaveLength(1);
  });
});
