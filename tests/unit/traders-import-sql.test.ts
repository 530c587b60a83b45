import { unstable_splitSqlQuery } from 'wrangler';
import { describe, expect, it } from 'vitest';
import { fakeRegisterRows, toCsv } from '../../scripts/fake-register.ts';
import {
  insertStatements,
  registerImportFile,
  registerImportSql,
  sqlLiteral,
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

  it('starts by deleting the old register and ends by recording what was imported', () => {
    const statements = registerImportSql(rowsOf(10), { sample: false, importedAt: 'now' });
    expect(statements.slice(0, 4)).toEqual([
      'DELETE FROM trader_names',
      'DELETE FROM trader_areas',
      'DELETE FROM trader_trades',
      'DELETE FROM traders',
    ]);
    expect(statements.at(-1)).toContain("('source', 'register')");
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
