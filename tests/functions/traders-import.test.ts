import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRegisterRows, toCsv } from '../../support/fake-register.ts';
import { applyLocalMigrations, executeSqlFile, queryRows } from '../../support/d1-cli.ts';
import { ensureSampleRegister } from '../../support/sample-register.ts';
import { registerImportFile, sqlFile, stagingParts, stagingSql, swapSql } from '../../src/lib/traders/import-sql.ts';
import { checkRegister } from '../../src/lib/traders/register-file.ts';

// The real import path: wrangler d1 execute against a local D1 state directory of this file's own. The tests
// are one register's life in order (each import costs a wrangler run), so each names the register it
// inherits from the test before, and checks it, rather than assuming it.
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'traders-import-'));
const persistTo = join(dir, 'state');
const count = async () =>
  (await queryRows<{ n: number }>('SELECT COUNT(*) AS n FROM traders', { persistTo }))[0]?.n ?? -1;
const inherits = async (traders: number, from: string) => {
  expect(await count(), `inherits ${traders} traders from ${from}`).toBe(traders);
};

beforeAll(async () => {
  await applyLocalMigrations(persistTo);
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run register:import', () => {
  it('loads the sample into an empty register, and leaves a loaded register alone', async () => {
    expect(await ensureSampleRegister({ persistTo })).toBe('loaded');
    expect(await count()).toBe(300);
    expect(await ensureSampleRegister({ persistTo })).toBe('kept');
  }, 60_000);

  it('reports every bad row by line and column, and changes nothing', async () => {
    await inherits(300, 'the sample');
    const rows = fakeRegisterRows(50);
    rows[9] = { ...rows[9]!, areas: 'AL10;Narnia' };
    rows[19] = { ...rows[19]!, status: 'pending', phone: '999' };
    const file = join(dir, 'bad.csv');
    writeFileSync(file, toCsv(rows));
    const failed = await run('node', ['scripts/register-import.ts', file, '--persist-to', persistTo]).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect('code' in failed && failed.code).toBe(1);
    expect('stderr' in failed && failed.stderr.split('\n').filter((l) => l.startsWith('line '))).toEqual([
      'line 11: areas: "Narnia" is not a postcode district (like AL10 or SG1)',
      'line 21: phone: must be a UK phone number, like 01632 960123 or 07700 900123',
      'line 21: status: must be approved, suspended or expired',
    ]);
    expect(await count()).toBe(300);
  }, 60_000);

  it('replaces the whole register with a good file and prints the counts', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, toCsv(fakeRegisterRows(120)));
    const { stdout } = await run('node', ['scripts/register-import.ts', file, '--persist-to', persistTo]);
    expect(stdout).toMatch(/^Imported 120 traders in [\d.]+ s: \d+ approved, \d+ suspended, \d+ expired\./);
    expect(await count()).toBe(120);
  }, 60_000);

  it('rolls the whole file back when any statement fails', async () => {
    await inherits(120, 'the good file');
    const check = checkRegister(toCsv(fakeRegisterRows(40)));
    if (!check.ok) throw new Error('bad fixture');
    const file = join(dir, 'half.sql');
    writeFileSync(
      file,
      `${registerImportFile(check.rows, { sample: true, importedAt: 'now' })}INSERT INTO no_such_table VALUES (1);\n`,
    );
    await expect(executeSqlFile(file, { persistTo })).rejects.toThrow(/failed/);
    expect(await count()).toBe(120);
  }, 60_000);

  it('imports in parts then swaps, as a remote import does', async () => {
    const file = join(dir, 'parts.csv');
    writeFileSync(file, toCsv(fakeRegisterRows(150)));
    const { stdout, stderr } = await run('node', [
      'scripts/register-import.ts',
      file,
      '--parts',
      '--persist-to',
      persistTo,
    ]);
    expect(stderr).toContain('staging part(s), then one swap');
    expect(stderr).toContain('swapped in');
    expect(stdout).toMatch(/^Imported 150 traders/);
    expect(await count()).toBe(150);
    const staged = await queryRows<{ n: number }>('SELECT COUNT(*) AS n FROM staging_traders', { persistTo });
    expect(staged[0]?.n).toBe(0);
  }, 60_000);

  it('refuses to swap in a register whose parts did not all load, and keeps the old one', async () => {
    await inherits(150, 'the import in parts');
    const check = checkRegister(toCsv(fakeRegisterRows(200)));
    if (!check.ok) throw new Error('bad fixture');
    const parts = stagingParts(stagingSql(check.rows, { sample: true, importedAt: 'now' }), 60_000);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const write = (name: string, statements: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, sqlFile(statements));
      return path;
    };
    // Every part but the last (which holds the register facts), then the swap: it must roll back.
    for (const [i, part] of parts.slice(0, -1).entries())
      await executeSqlFile(write(`part-${i}.sql`, part), { persistTo });
    await expect(executeSqlFile(write('swap.sql', swapSql()), { persistTo })).rejects.toThrow(/failed/);
    expect(await count()).toBe(150);
  }, 60_000);
});
