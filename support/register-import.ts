// What `npm run register:import` does (scripts/register-import.ts is its command line); also used by the
// sample register loader and the trader benchmark.
// Checks every row of a Buy With Confidence register file and, only if all are valid, replaces the whole
// register in one unit: the local D1 under .wrangler/ (what `npm start` serves), or with --remote the
// production D1. Every bad row is reported as `line N: column: problem`; a bad file changes nothing.
//
// Speed and atomicity: the rows become multi-row INSERTs (each statement under D1's 100 KB limit) into
// staging tables, then one swap batch copies staging into the live tables (src/lib/traders/import-sql.ts).
// Locally, all of it is one SQL file, one `wrangler d1 execute --file`: one D1 batch, one transaction.
// With --remote (or --parts to try the same path locally) the staging statements go in parts of at most
// PART_BYTES, one `wrangler d1 execute --file` each, and only when every part has loaded does the small
// swap file run; the swap refuses (and rolls back) unless staging holds exactly the traders it should.
// A part that fails leaves the live register as it was: run the import again.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { registerImportSql, sqlFile, stagingParts, stagingSql, swapSql } from '../src/lib/traders/import-sql.ts';
import { checkRegister } from '../src/lib/traders/register-file.ts';
import type { RegisterRow } from '../src/lib/traders/register-row.ts';
import { executeSqlFile, type D1Target } from './d1-cli.ts';
import { PROJECT_ROOT } from './wrangler-env.ts';

export interface ImportCounts {
  traders: number;
  approved: number;
  suspended: number;
  expired: number;
  tradeEntries: number;
  areaEntries: number;
  sample: boolean;
}

export type ImportOutcome =
  { ok: true; counts: ImportCounts; seconds: number } | { ok: false; problems: string[]; rowCount: number };

export interface ImportOptions extends D1Target {
  /** Progress lines (to stderr by default). */
  progress?: (line: string) => void;
  /** Load in parts then swap, as a remote import does (always so with `remote`). */
  parts?: boolean;
}

/** Most SQL per part of a split import: many 90 KB statements, well within D1's limits for one request. */
const PART_BYTES = 8_000_000;

const thousands = (n: number) => n.toLocaleString('en-GB');

function countRows(rows: readonly RegisterRow[], sample: boolean): ImportCounts {
  const counts: ImportCounts = {
    traders: rows.length,
    approved: 0,
    suspended: 0,
    expired: 0,
    tradeEntries: 0,
    areaEntries: 0,
    sample,
  };
  for (const row of rows) {
    counts[row.status] += 1;
    counts.tradeEntries += row.trades.length;
    counts.areaEntries += row.areas.length;
  }
  return counts;
}

/** Checks and imports register text; nothing is written unless every row is valid. */
export async function importRegisterText(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const started = performance.now();
  const progress =
    options.progress ??
    ((line: string) => {
      console.error(line);
    });
  const check = checkRegister(text, (done, total) => {
    if (total >= 2000) progress(`Checked ${thousands(done)} of ${thousands(total)} rows`);
  });
  if (!check.ok) return check;

  const tmpDir = `${PROJECT_ROOT}.wrangler/tmp`;
  mkdirSync(tmpDir, { recursive: true });
  const meta = { sample: check.sample, importedAt: new Date().toISOString() };
  const where = options.remote
    ? 'the production D1 (remote)'
    : `the local D1 (${options.persistTo ?? '.wrangler/state'})`;
  const files =
    options.remote || options.parts
      ? [...stagingParts(stagingSql(check.rows, meta), PART_BYTES), swapSql()]
      : [registerImportSql(check.rows, meta)];
  progress(
    files.length === 1
      ? `Writing ${thousands(check.rows.length)} traders to ${where} in one transaction…`
      : `Writing ${thousands(check.rows.length)} traders to ${where}: ${files.length - 1} staging part(s), then one swap…`,
  );
  for (const [i, statements] of files.entries()) {
    const file = `${tmpDir}/register-import-${process.pid}-${Date.now()}-${i}.sql`;
    writeFileSync(file, sqlFile(statements));
    try {
      await executeSqlFile(file, options);
    } finally {
      rmSync(file, { force: true });
    }
    if (files.length > 1)
      progress(i < files.length - 1 ? `  part ${i + 1} of ${files.length - 1} loaded` : '  swapped in');
  }
  const seconds = (performance.now() - started) / 1000;
  return { ok: true, counts: countRows(check.rows, check.sample), seconds };
}

export async function importRegisterFile(file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importRegisterText(readFileSync(file, 'utf8'), options);
}

export function describeCounts(counts: ImportCounts, seconds: number): string {
  return [
    `Imported ${thousands(counts.traders)} traders in ${seconds.toFixed(1)} s: ${thousands(counts.approved)} approved, ` +
      `${thousands(counts.suspended)} suspended, ${thousands(counts.expired)} expired.`,
    `${thousands(counts.tradeEntries)} trade entries and ${thousands(counts.areaEntries)} postcode district entries.`,
    counts.sample
      ? 'Every phone number is an Ofcom drama number, so the register is marked as SAMPLE data: the site says so.'
      : 'The register is marked as real data.',
  ].join('\n');
}
