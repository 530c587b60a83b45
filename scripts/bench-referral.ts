// `npm run bench:referral`: how fast the referral function is, with the local fake of Resend answering at once.
//  1. The handler in-process against a real local D1: p50/p95 over many new referrals (target p95 ≤ 20 ms).
//  2. A bounded 20 s autocannon run against `wrangler dev` (started here on a free 127.0.0.1 port, with
//     RESEND_BASE_URL pointed at the fake, stopped by its PID), needing a built dist/ (`npm run build`).
//  3. Durable delivery (scripts/bench-delivery.ts): referrals accepted a second while the provider is down,
//     and the time from recovery until the queue of them is empty, at Resend's 2 requests a second.
//     `npm run bench:referral -- --queued 1000 --rate 2` (the defaults); a smaller --queued runs faster;
//     `--load 2` runs two CPU burners beside the drain; `--only delivery` skips parts 1 and 2.
// Every referral has its own submissionId, so each request takes the full path: validate, record, send.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeResend, type FakeResend } from '../support/fake-resend.ts';
import { sqliteD1 } from '../support/sqlite-d1.ts';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { getPlatformProxy, unstable_splitSqlQuery } from 'wrangler';
import type { D1Like } from '../src/lib/web/d1.ts';
import { referralDeps, type ReferralBindings } from '../src/lib/referral/deps.ts';
import { handleReferralRequest } from '../src/lib/referral/handler.ts';
import { parseArgs } from 'node:util';
import { benchDelivery } from './bench-delivery.ts';
import { PROJECT_ROOT, wranglerEnv } from '../support/wrangler-env.ts';
import { freePort, waitForHealth } from '../support/local-server.ts';
import { BENCH_ANSWERS } from './bench-answers.ts';

// autocannon ships no types; this is the part we use.
interface LoadResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: string; headers: Record<string, string>; setupRequest: (req: object) => object }[];
}) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const HANDLER_RUNS = 1_000;
const PROXY_RUNS = 200;
const LOAD_SECONDS = 20;
const CONNECTIONS = 10;

const answers = BENCH_ANSWERS;
const body = () => JSON.stringify({ ...answers, submissionId: randomUUID() });
const headers = { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Times the handler (as functions/api/referral.ts calls it) on new referrals, one at a time. */
async function timeHandler(env: ReferralBindings, runs: number): Promise<number[]> {
  const once = async () => {
    const request = new Request('http://127.0.0.1/api/referral', { method: 'POST', headers, body: body() });
    const after: Promise<unknown>[] = [];
    const started = performance.now();
    const res = await handleReferralRequest(
      request,
      referralDeps(env, request.url, {
        // JSON posts only: the no-JS form page (React, which node can't strip types from) is never rendered.
        renderForm: () => {
          throw new Error('the benchmark posts JSON, never the no-JavaScript form');
        },
        waitUntil: (promise) => {
          after.push(promise);
        },
      }),
    );
    const elapsed = performance.now() - started;
    if (res.status !== 201) throw new Error(`handler answered ${res.status}`);
    await Promise.all(after); // work done after the answer, kept out of the timing
    return elapsed;
  };
  for (let i = 0; i < 50; i++) await once(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return times.sort((a, b) => a - b);
}

/** The local D1 of `wrangler dev`, in memory, with the migrations applied (as tests/support/platform.ts). */
async function localD1(): Promise<{ db: D1Like; dispose: () => Promise<void> }> {
  Object.assign(process.env, wranglerEnv());
  const proxy = await getPlatformProxy<{ DB: D1Like }>({ persist: false, envFiles: [] });
  const dir = `${PROJECT_ROOT}migrations/`;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const sql of unstable_splitSqlQuery(readFileSync(dir + file, 'utf8'))) await proxy.env.DB.prepare(sql).run();
  }
  return { db: proxy.env.DB, dispose: () => proxy.dispose() };
}

function report(title: string, times: number[], target?: number): void {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`\n${title}`);
  console.log(
    `  p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   p99 ${ms(percentile(times, 99))}   max ${ms(times.at(-1) ?? NaN)}`,
  );
  if (target !== undefined)
    console.log(`  target p95 ≤ ${target} ms: ${percentile(times, 95) <= target ? 'met' : 'NOT met'}`);
}

async function benchHandler(fake: FakeResend): Promise<void> {
  // The handler logs each referral; keep the figures readable.
  const info = console.info;
  console.info = () => undefined;
  const assets = { fetch: () => Promise.resolve(new Response('')) };
  const vars = { ENVIRONMENT: 'development', RESEND_API_KEY: 're_bench', RESEND_BASE_URL: fake.url, ASSETS: assets };
  const limit = { REFERRAL_RATE_LIMIT: '1000000000' };
  const sqlite = sqliteD1();
  const inProcess = await timeHandler({ ...vars, ...limit, DB: sqlite }, HANDLER_RUNS);
  sqlite.close();
  const d1 = await localD1();
  const proxied = await timeHandler({ ...vars, ...limit, DB: d1.db }, PROXY_RUNS);
  await d1.dispose();
  console.info = info;
  report(
    `Handler, ${HANDLER_RUNS} new referrals, SQLite in-process (same SQL as D1), fake Resend answering at once:`,
    inProcess,
    20,
  );
  report(
    `Handler, ${PROXY_RUNS} new referrals, local D1 through wrangler's platform proxy (every D1 call is an IPC round trip):`,
    proxied,
  );
}

async function benchLoad(fake: FakeResend): Promise<void> {
  if (!existsSync(`${PROJECT_ROOT}dist/index.html`)) {
    console.log('\nLoad run skipped: no built site in dist/. Run `npm run build` first.');
    return;
  }
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'bench-referral-'));
  const vars = [`RESEND_API_KEY:re_bench`, `RESEND_BASE_URL:${fake.url}`, 'REFERRAL_RATE_LIMIT:1000000000'];
  const args = [
    'scripts/serve.ts',
    '--port',
    String(port),
    '--persist-to',
    state,
    '--',
    ...vars.flatMap((v) => ['--var', v]),
  ];
  const server = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: wranglerEnv(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => {
    server.on('exit', () => {
      resolve();
    });
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
    fake.reset();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/referral`,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      requests: [{ method: 'POST', headers, setupRequest: (req) => ({ ...req, body: body() }) }],
    });
    const created = result['2xx'];
    console.log(`\nLoad: ${LOAD_SECONDS} s, ${CONNECTIONS} connections, POST /api/referral on wrangler dev (workerd):`);
    console.log(
      `  requests ${result.requests.total}   ${result.requests.average.toFixed(0)} req/s   201s ${created}   non-2xx ${result.non2xx}   errors ${result.errors}   timeouts ${result.timeouts}`,
    );
    console.log(
      `  latency p50 ${result.latency.p50} ms   p97.5 ${result.latency.p97_5} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms`,
    );
    // Requests still in flight when the run stops may have sent an email autocannon never counted.
    const keys = fake.emails.map((e) => e.idempotencyKey);
    const duplicates = keys.length - new Set(keys).size;
    console.log(
      `  emails in the fake inbox: ${keys.length} for ${created} counted 201s; the same referral twice: ${duplicates}`,
    );
  } finally {
    if (server.pid !== undefined && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    rmSync(state, { recursive: true, force: true });
  }
}

// Figures from a shared machine mean little without its load.
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
console.log(`Machine: ${availableParallelism()} CPUs, load average ${load} (1, 5, 15 min). Node ${process.version}.`);
const { values: options } = parseArgs({
  options: {
    queued: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '2' },
    load: { type: 'string', default: '0' },
    only: { type: 'string' },
  },
});
const fake = await startFakeResend();
try {
  if (options.only !== 'delivery') {
    await benchHandler(fake);
    await benchLoad(fake);
  }
  if (existsSync(`${PROJECT_ROOT}dist/index.html`)) {
    await benchDelivery(fake, Number(options.queued), Number(options.rate), Number(options.load));
  }
} finally {
  await fake.close();
}
