// `npm run bench:traders`: how fast the trader register is, on a generated 10,000-trader register.
//  1. Import time: `register:import`'s own path (check every row, one SQL file, one wrangler d1 execute)
//     into a fresh local D1 state directory. Target ≤ 10 s.
//  2. Handler latency over 1,000 mixed queries against that local D1 (workerd, through wrangler's
//     platform proxy): p50/p95/p99 (target p95 ≤ 10 ms), and the handler's time over the bare SQL's time
//     for the same queries (target ≤ 1.5×). Then the same on SQLite in-process, without the proxy's IPC.
//  3. A bounded 20 s autocannon run against `wrangler pages dev` (scripts/serve.ts on a free 127.0.0.1 port,
//     same state, stopped by its PID). Needs a built dist/ (`npm run build`); `-- --skip-load` leaves it out.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { memberLookupResponse, traderSearchResponse } from '../src/lib/traders/api.ts';
import { registerImportSql } from '../src/lib/traders/import-sql.ts';
import { memberKey } from '../src/lib/traders/member-id.ts';
import type { RegisterDb } from '../src/lib/traders/register-db.ts';
import { checkRegister } from '../src/lib/traders/register-file.ts';
import { parseTraderSearch } from '../src/lib/traders/search-query.ts';
import { buildMemberSql, buildSearchSql, type SqlQuery } from '../src/lib/traders/search-sql.ts';
import { ukToday } from '../src/lib/traders/uk-date.ts';
import { sqliteD1 } from '../tests/support/sqlite-d1.ts';
import { benchQueries, type BenchQuery } from './bench-traders-queries.ts';
import { applyLocalMigrations } from './d1-cli.ts';
import { fakeRegisterRows, toCsv } from './fake-register.ts';
import { importRegisterText } from './register-import.ts';
import { PROJECT_ROOT, wranglerEnv } from './wrangler-env.ts';
import { freePort, waitForHealth } from './local-server.ts';

/** The part of autocannon used here (it ships no types; loaded with require so none are needed). */
interface LoadRequest {
  method: 'GET';
  setupRequest: (req: Record<string, unknown>) => Record<string, unknown>;
}
interface LoadResult {
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  requests: LoadRequest[];
}) => Promise<LoadResult>;

const REGISTER_SIZE = 10_000;
const QUERIES = 1_000;
const LOAD_SECONDS = 20;
const CONNECTIONS = 10;

const ms = (v: number) => `${v.toFixed(2)} ms`;
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The SQL the handler runs for a query (null for bad input, which never reaches the database). */
function sqlFor(query: BenchQuery, today: string): SqlQuery | null {
  if (query.memberId !== undefined) {
    const key = memberKey(query.memberId);
    return key === null ? null : buildMemberSql(key, today);
  }
  const parsed = parseTraderSearch(new URL(query.path, 'http://127.0.0.1').searchParams);
  return parsed.ok ? buildSearchSql(parsed.search, today) : null;
}

/** The functions are one-line adapters over these (functions/api/traders/), so this is the handler. */
async function callHandler(db: RegisterDb, query: BenchQuery): Promise<number> {
  const res =
    query.memberId === undefined
      ? await traderSearchResponse(new URL(`http://127.0.0.1${query.path}`), db)
      : await memberLookupResponse(query.memberId, db);
  await res.text();
  if (res.status !== 200 && res.status !== 404) throw new Error(`${query.path} answered ${res.status}`);
  return res.status;
}

/** Times each query through the handler, and its bare SQL on the same database, alternately. */
async function timeQueries(db: RegisterDb, title: string): Promise<void> {
  const today = ukToday();
  const queries = benchQueries(QUERIES, REGISTER_SIZE);
  for (const query of queries.slice(0, 100)) await callHandler(db, query); // warm up
  const handler: number[] = [];
  const bare: number[] = [];
  for (const query of queries) {
    const sql = sqlFor(query, today);
    let started = performance.now();
    await callHandler(db, query);
    handler.push(performance.now() - started);
    if (sql) {
      started = performance.now();
      await db
        .prepare(sql.sql)
        .bind(...sql.params)
        .all();
      bare.push(performance.now() - started);
    }
  }
  const sorted = [...handler].sort((a, b) => a - b);
  const bareSorted = [...bare].sort((a, b) => a - b);
  const line = (values: number[]) =>
    `p50 ${ms(percentile(values, 50))}   p95 ${ms(percentile(values, 95))}   p99 ${ms(percentile(values, 99))}   max ${ms(values.at(-1) ?? NaN)}`;
  const p95 = percentile(sorted, 95);
  const ratio = sum(handler) / sum(bare);
  console.log(`\nHandler, ${QUERIES} mixed queries, ${title}:`);
  console.log(`  handler    ${line(sorted)}   (target p95 ≤ 10 ms: ${p95 <= 10 ? 'met' : 'NOT met'})`);
  console.log(`  bare SQL   ${line(bareSorted)}   (the same statement: prepare, bind, all)`);
  console.log(
    `  handler ÷ bare SQL: ${ratio.toFixed(2)}× in total time, ${(percentile(sorted, 50) / percentile(bareSorted, 50)).toFixed(2)}× at p50 ` +
      `(target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`,
  );
}

async function benchHandler(state: string, csv: string): Promise<void> {
  Object.assign(process.env, wranglerEnv());
  const proxy = await getPlatformProxy<{ DB: RegisterDb }>({ persist: { path: join(state, 'v3') }, envFiles: [] });
  try {
    await timeQueries(
      proxy.env.DB,
      "against the local D1 (workerd via wrangler's platform proxy: each D1 call is an IPC round trip)",
    );
  } finally {
    await proxy.dispose();
  }
  // The same SQL on SQLite in this process: the handler's own cost without the proxy's IPC.
  const sqlite = sqliteD1() as unknown as RegisterDb & { batch: (s: unknown[]) => Promise<unknown>; close: () => void };
  const check = checkRegister(csv);
  if (!check.ok) throw new Error('generated register is invalid');
  await sqlite.batch(
    registerImportSql(check.rows, { sample: true, importedAt: 'bench' }).map((sql) => sqlite.prepare(sql)),
  );
  await timeQueries(sqlite, 'against the same register in SQLite in-process (same SQL, no IPC)');
  sqlite.close();
}

async function benchLoad(state: string): Promise<void> {
  if (!existsSync(`${PROJECT_ROOT}dist/index.html`)) {
    console.log('\nLoad run skipped: no built site in dist/. Run `npm run build` first.');
    return;
  }
  const port = await freePort();
  const paths = benchQueries(500, REGISTER_SIZE, 11).map((q) => q.path);
  let turn = 0;
  const nextPath = () => paths[turn++ % paths.length]!;
  const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--persist-to', state], {
    cwd: PROJECT_ROOT,
    env: wranglerEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) =>
    server.on('exit', () => {
      resolve();
    }),
  );
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      // One shared list, taken in turn by every connection, so the whole mix is asked.
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
    });
    const notFound = result['4xx'];
    console.log(
      `\nLoad: ${LOAD_SECONDS} s, ${CONNECTIONS} connections, mixed GET /api/traders… on wrangler pages dev (workerd):`,
    );
    console.log(
      `  requests ${result.requests.total}   ${result.requests.average.toFixed(0)} req/s   2xx ${result['2xx']}   ` +
        `4xx ${notFound} (membership numbers not on the register: 404 by design)   5xx ${result['5xx']}   errors ${result.errors}   timeouts ${result.timeouts}`,
    );
    console.log(
      `  latency p50 ${result.latency.p50} ms   p97.5 ${result.latency.p97_5} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms`,
    );
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
}

const state = mkdtempSync(join(tmpdir(), 'bench-traders-'));
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (shared machines make every figure slower).`,
);
try {
  let started = performance.now();
  await applyLocalMigrations(state);
  console.log(
    `Migrations applied to a fresh local D1 in ${((performance.now() - started) / 1000).toFixed(1)} s (setup, not timed below).`,
  );
  const csv = toCsv(fakeRegisterRows(REGISTER_SIZE));
  started = performance.now();
  const outcome = await importRegisterText(csv, { persistTo: state, progress: () => undefined });
  const seconds = (performance.now() - started) / 1000;
  if (!outcome.ok) throw new Error(outcome.problems.slice(0, 5).join('\n'));
  console.log(
    `\nImport: ${REGISTER_SIZE.toLocaleString('en-GB')} traders (${(csv.length / 1e6).toFixed(1)} MB CSV) checked and written in ${seconds.toFixed(1)} s ` +
      `(target ≤ 10 s: ${seconds <= 10 ? 'met' : 'NOT met'}), as one wrangler d1 execute --file.`,
  );
  await benchHandler(state, csv);
  if (process.argv.includes('--skip-load')) console.log('\nLoad run skipped (--skip-load).');
  else await benchLoad(state);
} finally {
  rmSync(state, { recursive: true, force: true });
}
