// Prints each built page's weight (HTML + CSS + JS it loads, gzip-compressed as served) and fails any
// page over the limit. JS imported by island scripts is followed one level through static imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_BUDGET, pageAssets } from '../src/lib/page-weight.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A module and the same-site modules it imports statically, each counted once. */
function withImports(asset: string, seen: Set<string>): void {
  if (seen.has(asset)) return;
  seen.add(asset);
  if (!asset.endsWith('.js')) return;
  const code = readFileSync(join(dist, asset), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
    withImports(join(asset, '..', m[1]!), seen);
  }
}

let failed = 0;
const rows = htmlFiles(dist)
  .sort()
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const assets = new Set<string>();
    for (const a of pageAssets(html)) withImports(a, assets);
    const bytes = gz(file) + [...assets].reduce((sum, a) => sum + gz(join(dist, a)), 0);
    const hasIsland = html.includes('<astro-island');
    if (bytes > PAGE_BUDGET.limitBytes && !hasIsland) failed++;
    return { page: '/' + relative(dist, file), bytes, hasIsland };
  });

for (const r of rows) {
  const kb = (r.bytes / 1024).toFixed(1).padStart(6);
  const mark = r.hasIsland
    ? 'island'
    : r.bytes <= PAGE_BUDGET.targetBytes
      ? 'ok'
      : r.bytes <= PAGE_BUDGET.limitBytes
        ? 'over target'
        : 'OVER LIMIT';
  console.log(`${kb} KB  ${mark.padEnd(11)} ${r.page}`);
}
const plain = rows.filter((r) => !r.hasIsland);
const largest = plain.reduce((max, r) => Math.max(max, r.bytes), 0);
console.log(
  `${rows.length} pages; largest page without an island ${(largest / 1024).toFixed(1)} KB ` +
    `(target ${PAGE_BUDGET.targetBytes / 1024} KB, limit ${PAGE_BUDGET.limitBytes / 1024} KB); ${failed} over the limit`,
);
process.exitCode = failed > 0 ? 1 : 0;
