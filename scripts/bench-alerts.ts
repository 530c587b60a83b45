// npm run bench:alerts — how long the Worker takes to render what depends on the day, in-process: /alerts/
// (the lists in the built shell), the home page's panel, one alert page and the Atom feed, through the real
// handlers, with the built pages as the assets (run `npm run build` first for them; a stand-in otherwise).
// Then /alerts/ alone with 200 generated alerts, to see how it grows. Target: p95 ≤ 2 ms. Never fails on time.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importBundled } from '../support/import-bundled.ts';
import { seededRandom } from '../support/seeded-random.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 2_000;
const TARGET_P95_MS = 2;

type Handler = (context: object) => Promise<Response> | Response;
interface Bundle {
  alertsPage: Handler;
  alertPage: Handler;
  atomFeed: Handler;
  homePage: Handler;
  ALERTS: readonly { slug: string; published: string; expires: string }[];
  alertLists: (alerts: readonly object[], day: string) => object;
  alertsPageFill: (state: object) => { title: string; main: { value: string } };
  fillShell: (shell: string, fill: object) => string;
}

/** The built page at a path, or a small stand-in with the same slots. */
function builtPage(path: string, fallback: string): string {
  const file = join(ROOT, 'dist', path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : fallback;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function time(label: string, once: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 200; i++) await once(); // warm up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${label.padEnd(52)} p50 ${percentile(times, 50).toFixed(3)} ms   p95 ${p95.toFixed(3)} ms   ${p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}`,
  );
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(', ');
console.log(
  `Machine: ${availableParallelism()} CPUs, load average ${load}. Node ${process.version}. ${RUNS} runs each.`,
);
const bundle = await importBundled<Bundle>('scripts/bench-alerts-entry.ts');
const pages = new Map<string, string>([
  ['/', builtPage('', '<main><h1>Home</h1><!--alerts:home--></main>')],
  ['/alerts/', builtPage('alerts', '<title>Alerts – Site</title><main><!--shell:main--></main>')],
]);
const first = bundle.ALERTS[0];
if (first) pages.set(`/alerts/${first.slug}/`, builtPage(`alerts/${first.slug}`, '<main><!--alert:status--></main>'));
const assets = {
  fetch: (input: Request) => {
    const body = pages.get(new URL(input.url).pathname);
    return Promise.resolve(new Response(body ?? 'not found', { status: body ? 200 : 404 }));
  },
};
const env = { ENVIRONMENT: 'development', ASSETS: assets };
const day = first?.published ?? '2026-01-01';
const call = (handler: Handler, path: string, params: Record<string, string> = {}) =>
  Promise.resolve(handler({ request: new Request(`http://127.0.0.1${path}`), env, params })).then((r) => r.text());

console.log(
  `\nThe site's ${bundle.ALERTS.length} alerts, through the Worker's handlers (target p95 ≤ ${TARGET_P95_MS} ms):`,
);
await time('GET /alerts/', () => call(bundle.alertsPage, `/alerts/?now=${day}`));
await time('GET /alerts/?area=watford&channel=phone', () =>
  call(bundle.alertsPage, `/alerts/?area=watford&channel=phone&now=${day}`),
);
await time('GET / (the home page panel)', () => call(bundle.homePage, `/?now=${day}`));
if (first)
  await time(`GET /alerts/${first.slug.slice(0, 20)}…/`, () =>
    call(bundle.alertPage, `/alerts/${first.slug}/?now=${day}`, { slug: first.slug }),
  );
await time('GET /alerts/feed.xml', () => call(bundle.atomFeed, `/alerts/feed.xml?now=${day}`));

// 200 alerts over two years, as a busy county might publish: the lists and the page, without the assets fetch.
const random = seededRandom(20261202);
const template = bundle.ALERTS[0] ?? {};
const many = Array.from({ length: 200 }, (_, i) => {
  const start = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 730) * 86_400_000);
  const end = new Date(start.getTime() + (30 + Math.floor(random() * 120)) * 86_400_000);
  return {
    ...template,
    slug: `generated-${i}`,
    published: start.toISOString().slice(0, 10),
    expires: end.toISOString().slice(0, 10),
  };
});
const shell = pages.get('/alerts/') ?? '';
console.log('\n200 generated alerts, the lists and the page filled in (no I/O):');
await time('alertLists + alertsPageFill + fillShell', () => {
  const lists = bundle.alertLists(many, '2026-06-01');
  const fill = bundle.alertsPageFill({ kind: 'lists', day: '2026-06-01', filter: {}, lists });
  return Promise.resolve(bundle.fillShell(shell, fill));
});
