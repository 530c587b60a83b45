// `npm run bench:traders`: the trader register at 10,000 and 100,000 generated traders. The 100,000 are a
// national register: 10,000 in Hertfordshire (as dense as the 10,000 run, several times a fair share)
// and 90,000 elsewhere in the UK (support/fake-register.ts); `-- --all-herts` puts all of them in
// Hertfordshire instead, the worst case for place searches.
// For each size: import time (register:import's own path into a fresh local D1) and database size; then
// p50/p95 of a mixed query set (exact, fuzzy, place, combined: bench-traders-queries.ts) through the
// handler, against SQLite in-process (the handler's own cost) and against the local D1 (workerd through
// wrangler's platform proxy: every D1 call is an IPC round trip), each beside the bare SQL — the same
// statements the handler ran, replayed directly. Bounded: BENCH_MINUTES (default 12) stops it early,
// printing what it has. Targets at 100,000: in-process p95 ≤ 5 ms, fuzzy p95 ≤ 3× exact, import ≤ 60 s.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { memberLookupResponse, traderSearchResponse } from '../src/lib/traders/api.ts';
import { registerImportSql } from '../src/lib/traders/import-sql.ts';
import type { D1ReadStatement as RegisterStatement, D1Reader as RegisterDb } from '../src/lib/web/d1.ts';
import { checkRegister } from '../src/lib/traders/register-file.ts';
import { sqliteD1 } from '../support/sqlite-d1.ts';
import { benchQueries, type BenchQuery, type QueryKind } from './bench-traders-queries.ts';
import { applyLocalMigrations } from '../support/d1-cli.ts';
import { fakeRegisterRows, toCsv } from '../support/fake-register.ts';
import { importRegisterText } from '../support/register-import.ts';
import { wranglerEnv } from '../support/wrangler-env.ts';

/** `-- --sizes=100000` for one size; `-- --no-d1` for in-process only (quicker, for tuning). */
const sizeArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizeArg ? sizeArg.slice(8).split(',').map(Number) : [10_000, 100_000];
const NO_D1 = process.argv.includes('--no-d1');
const IN_PROCESS_QUERIES = 1_000;
const D1_QUERIES = 300;
const REPEATS = 3;
const KINDS: QueryKind[] = ['exact', 'fuzzy', 'place', 'combined'];
const ALL_HERTS = process.argv.includes('--all-herts');
const deadline = Date.now() + Number(process.env['BENCH_MINUTES'] ?? 12) * 60_000;

interface Recorded {
  sql: string;
  params: unknown[];
}
interface Timing {
  kind: QueryKind;
  handler: number;
  bare: number;
}

/** The database, with every statement the handler runs written down, so it can be replayed bare. */
function recording(db: RegisterDb, log: Recorded[]): RegisterDb {
  const wrap = (sql: string, statement: RegisterStatement, params: unknown[]): RegisterStatement => ({
    bind: (...values: unknown[]) => wrap(sql, statement.bind(...values), values),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- D1's own generic signature
    all: <T>() => {
      log.push({ sql, params });
      return statement.all<T>();
    },
  });
  return { prepare: (sql) => wrap(sql, db.prepare(sql), []) };
}

async function callHandler(db: RegisterDb, query: BenchQuery): Promise<void> {
  const res =
    query.memberId === undefined
      ? await traderSearchResponse(new URL(`http://127.0.0.1${query.path}`), db)
      : await memberLookupResponse(query.memberId, db);
  await res.text();
  if (res.status !== 200 && res.status !== 404) throw new Error(`${query.path} answered ${res.status}`);
}

/**
 * Each query through the handler, then its statements bare, `repeats` times; the fastest of each is kept.
 * On a shared 2-core machine (load averages of 10 seen here) a single timing mostly measures the
 * scheduler; the fastest of a few measures the work.
 */
async function timeQueries(db: RegisterDb, queries: BenchQuery[], repeats: number): Promise<Timing[]> {
  for (const query of queries.slice(0, 50)) await callHandler(db, query); // warm up
  const timings: Timing[] = [];
  for (const query of queries) {
    if (Date.now() > deadline) break;
    let handler = Infinity;
    let bare = Infinity;
    for (let r = 0; r < repeats; r += 1) {
      const log: Recorded[] = [];
      let started = performance.now();
      await callHandler(recording(db, log), query);
      handler = Math.min(handler, performance.now() - started);
      started = performance.now();
      for (const { sql, params } of log) {
        await db
          .prepare(sql)
          .bind(...params)
          .all();
      }
      bare = Math.min(bare, performance.now() - started);
    }
    timings.push({ kind: query.kind, handler, bare });
  }
  return timings;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const ms = (v: number) => v.toFixed(2).padStart(7);

/** One table row per kind and in all: handler p50/p95, bare p50/p95, handler time ÷ bare time. */
function report(where: string, timings: Timing[]): Map<string, number> {
  const p95 = new Map<string, number>();
  console.log(`\n  ${where} (${timings.length} queries)`);
  console.log('    kind        n   handler p50   p95   |  bare SQL p50   p95   |  handler ÷ bare');
  for (const kind of [...KINDS, 'all'] as const) {
    const rows = kind === 'all' ? timings : timings.filter((t) => t.kind === kind);
    if (rows.length === 0) continue;
    const h = rows.map((t) => t.handler);
    const b = rows.map((t) => t.bare);
    p95.set(kind, pct(h, 95));
    console.log(
      `    ${kind.padEnd(9)} ${String(rows.length).padStart(4)}  ${ms(pct(h, 50))} ${ms(pct(h, 95))} ms |  ${ms(pct(b, 50))} ${ms(pct(b, 95))} ms |  ${(sum(h) / sum(b)).toFixed(2)}×`,
    );
  }
  return p95;
}

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.sqlite(-wal)?$/.test(entry.name))
      total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function benchSize(size: number): Promise<void> {
  const state = mkdtempSync(join(tmpdir(), 'bench-traders-'));
  try {
    const csv = toCsv(fakeRegisterRows(size, undefined, ALL_HERTS ? size : undefined));
    const spread = size > 10_000 ? (ALL_HERTS ? ', all in Hertfordshire' : ', 10,000 in Hertfordshire') : '';
    console.log(`\n${size.toLocaleString('en-GB')} traders (${(csv.length / 1e6).toFixed(1)} MB CSV${spread})`);
    if (!NO_D1) {
      await applyLocalMigrations(state);
      const started = performance.now();
      const outcome = await importRegisterText(csv, { persistTo: state, progress: () => undefined });
      const seconds = (performance.now() - started) / 1000;
      if (!outcome.ok) throw new Error(outcome.problems.slice(0, 5).join('\n'));
      const target = size === 100_000 ? `   target ≤ 60 s: ${seconds <= 60 ? 'met' : 'NOT met'}` : '';
      console.log(
        `  import: ${seconds.toFixed(1)} s (check every row, one wrangler d1 execute --file: staging then swap)${target}`,
      );
      console.log(`  local D1 database: ${(bytesUnder(state) / 1e6).toFixed(1)} MB on disk`);
    }

    const sqlite = sqliteD1();
    const check = checkRegister(csv);
    if (!check.ok) throw new Error('generated register is invalid');
    await sqlite.batch(
      registerImportSql(check.rows, { sample: true, importedAt: 'bench' }).map((s) => sqlite.prepare(s)),
    );
    const inProcess = report(
      `SQLite in-process (the handler’s own cost; fastest of ${REPEATS} runs of each query)`,
      await timeQueries(sqlite, benchQueries(IN_PROCESS_QUERIES, size), REPEATS),
    );
    sqlite.close();
    if (size === 100_000) {
      const all = inProcess.get('all') ?? NaN;
      const ratio = (inProcess.get('fuzzy') ?? NaN) / (inProcess.get('exact') ?? NaN);
      console.log(`    target p95 ≤ 5 ms: ${all <= 5 ? 'met' : 'NOT met'} (${all.toFixed(2)} ms)`);
      console.log(`    target fuzzy p95 ≤ 3× exact p95: ${ratio <= 3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`);
    }

    if (Date.now() > deadline || NO_D1) {
      console.log(`  local D1: skipped (${NO_D1 ? '--no-d1' : 'BENCH_MINUTES reached'})`);
      return;
    }
    Object.assign(process.env, wranglerEnv());
    const proxy = await getPlatformProxy<{ DB: RegisterDb }>({ persist: { path: join(state, 'v3') }, envFiles: [] });
    try {
      report(
        'local D1 (workerd via the platform proxy; one run of each query)',
        await timeQueries(proxy.env.DB, benchQueries(D1_QUERIES, size, 11), 1),
      );
    } finally {
      await proxy.dispose();
    }
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (shared machines make every figure slower).`,
);
for (const size of SIZES) {
  if (Date.now() > deadline) {
    console.log(`\n${size.toLocaleString('en-GB')} traders: skipped (BENCH_MINUTES reached)`);
    continue;
  }
  await benchSize(size);
}
