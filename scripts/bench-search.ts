// npm run bench:search — sizes and speeds of site search, measured in Node:
// index size raw and gzipped, the search island's JavaScript gzipped (from dist/ after a build), time to
// load the index, and p50/p95 query time over the evaluation set (tests/search/queries.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadSearch } from '../src/lib/search/search.ts';
import { buildFullLunrIndex } from '../src/lib/search/build-index.ts';
import { adviceToSearchDocument, type SearchDocument } from '../src/lib/search/documents.ts';
import { ukToday } from '../src/lib/calendar-date.ts';
import { buildSiteSearchIndex, siteSearchDocuments } from '../support/build-search-index.ts';
import { contentBytes, fixtureAdviceFiles } from '../support/fixture-pages.ts';
import { evaluate, everyAlertCurrent, formatReport, pageIdOf, readEvalQueries } from '../support/search-eval.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const TARGETS = { indexGzipKb: 60, p95Ms: 5 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// gzip at its default level, as a server compressing on the fly would: a little larger than level 9.
const gz = (text: string | Buffer) => gzipSync(text).length;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Every JS file the search page loads: the island, its renderer and what they import, each gzipped. */
function islandJs(): { files: { file: string; gzipped: number }[]; gzipped: number; indexAsset?: string } | undefined {
  const page = join(DIST, 'search/index.html');
  if (!existsSync(page)) return undefined;
  const html = readFileSync(page, 'utf8');
  const queue = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(`/_astro/${m[1]!.slice(2)}`);
  }
  const files = [...seen].sort().map((file) => ({ file, gzipped: gz(readFileSync(join(DIST, file))) }));
  const gzipped = files.reduce((sum, f) => sum + f.gzipped, 0);
  const indexAsset = readdirSync(join(DIST, '_astro')).find((f) => /^search-index\.[\w-]+\.json$/.test(f));
  return { files, gzipped, ...(indexAsset ? { indexAsset } : {}) };
}

const documents = siteSearchDocuments();
const data = buildSiteSearchIndex(documents);
const json = JSON.stringify(data);
console.log(`pages indexed: ${data.docs.length} (${data.docs.filter((d) => d.alert).length} of them alerts)`);
console.log(
  `index size: ${kb(Buffer.byteLength(json))} raw, ${kb(gz(json))} gzipped (target ≤ ${TARGETS.indexGzipKb} KB gzipped)`,
);

// How the index grows with the content: today's pages, and 100 pages with generated ones added (written to
// a temporary directory, never to content/). "lunr's own JSON" is what the site shipped before: lunr.Index
// toJSON() with its field vectors, beside the same docs table.
const CONTENT = new URL('../content/', import.meta.url).pathname;
const sizes = (docs: readonly SearchDocument[], contentKb: number) => {
  const compact = gz(JSON.stringify(buildSiteSearchIndex(docs)));
  const full = gz(JSON.stringify({ docs: buildSiteSearchIndex(docs).docs, index: buildFullLunrIndex(docs).toJSON() }));
  return { pages: docs.length, contentKb, compactKb: compact / 1024, fullKb: full / 1024 };
};
const todayContent = (contentBytes(`${CONTENT}advice/`) + contentBytes(`${CONTENT}alerts/`)) / 1024;
const fixtures = fixtureAdviceFiles(Math.max(0, 100 - documents.length), documents.length);
const rows = [
  sizes(documents, todayContent),
  sizes([...documents, ...fixtures.files.map(adviceToSearchDocument)], todayContent + fixtures.bytes / 1024),
];
console.log(
  'index growth (gzipped): pages · content (markdown) · lunr’s own JSON · the compact index · per content KB',
);
for (const r of rows) {
  console.log(
    `  ${String(r.pages).padStart(4)} pages · ${r.contentKb.toFixed(0)} KB · ${r.fullKb.toFixed(1)} KB · ${r.compactKb.toFixed(1)} KB · ${(r.compactKb / r.contentKb).toFixed(3)}`,
  );
}
const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.log(
  `  content grew ${(large.contentKb / small.contentKb).toFixed(2)}×, the compact index ${(large.compactKb / small.compactKb).toFixed(2)}× (lunr’s own JSON ${(large.fullKb / small.fullKb).toFixed(2)}×)`,
);

const island = islandJs();
if (island === undefined) console.log('island JS: needs a build first (npm run build), then run this again');
else {
  console.log(`island JS (everything /search/ loads): ${kb(island.gzipped)} gzipped`);
  for (const f of island.files) console.log(`  ${f.file}: ${kb(f.gzipped)}`);
  console.log(`index asset in dist: ${island.indexAsset ? `/_astro/${island.indexAsset}` : 'none found'}`);
}

const loads: number[] = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  loadSearch(JSON.parse(json));
  loads.push(performance.now() - start);
}
loads.sort((a, b) => a - b);
console.log(
  `load index (JSON.parse + rebuilding lunr's index from the postings): median ${percentile(loads, 50).toFixed(2)} ms`,
);

const searcher = loadSearch(JSON.parse(JSON.stringify(buildSiteSearchIndex(everyAlertCurrent(documents)))));
const queries = readEvalQueries();
// Wall time is what a resident waits; CPU time (all threads, so GC included) is the same work without
// the waits a busy shared machine adds. Each query runs as submitted and as typed (prefix on the last word).
const wall: number[] = [];
const cpu: number[] = [];
for (const round of [0, 1, 2, 3, 4, 5]) {
  for (const { query } of queries) {
    for (const stillTyping of [false, true]) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      searcher.search(query, { today: ukToday(), stillTyping });
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      // The first round warms up the JIT and is not counted.
      if (round === 0) continue;
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
}
wall.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const ms = (sorted: number[], p: number) => `${percentile(sorted, p).toFixed(2)} ms`;
console.log(`query time over ${queries.length} queries × 2 forms × 5 runs (target p95 ≤ ${TARGETS.p95Ms} ms):`);
console.log(`  wall: p50 ${ms(wall, 50)}, p95 ${ms(wall, 95)}, max ${ms(wall, 100)}`);
console.log(`  cpu:  p50 ${ms(cpu, 50)}, p95 ${ms(cpu, 95)}, max ${ms(cpu, 100)}`);
console.log(
  `  load average while measuring: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
const pages = new Set(data.docs.map((d) => pageIdOf(d.url)));
console.log(formatReport(evaluate(searcher, queries, pages)));
