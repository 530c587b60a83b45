// Loads a register into a test D1 through the same SQL the import writes, in one batch (one transaction).
import { fakeRegisterRows, toCsv } from '../../support/fake-register.ts';
import { registerImportSql } from '../../src/lib/traders/import-sql.ts';
import { checkRegister } from '../../src/lib/traders/register-file.ts';

export async function loadRegister(db: D1Database, csv: string): Promise<void> {
  const check = checkRegister(csv);
  if (!check.ok) throw new Error(`Test register is invalid:\n${check.problems.join('\n')}`);
  const statements = registerImportSql(check.rows, { sample: check.sample, importedAt: '2026-11-23T09:00:00.000Z' });
  await db.batch(statements.map((sql) => db.prepare(sql)));
}

/** The sample register's generator at its usual size (the fixed rows BWC-10001…10004 come first). */
export const sampleCsv = (count = 300): string => toCsv(fakeRegisterRows(count));

export function apiRequest(path: string): Request {
  return new Request(`http://127.0.0.1:8788${path}`);
}
