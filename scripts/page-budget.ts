// Prints each built page's weight (HTML + CSS + JS it loads, gzip-compressed as served) and fails any
// page over its limit (src/lib/web/page-weight.ts). Every module a script imports, statically or dynamically,
// is followed and counted once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOME_ALERTS_SLOT } from '../src/lib/alerts/slots.ts';
import type { AlertRecord } from '../src/lib/alerts/record.ts';
import { moduleImports, PAGE_BUDGET, pageAssets, verdict } from '../src/lib/web/page-weight.ts';
import { importBundled } from '../support/import-bundled.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const gzText = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * The home page as the Worker serves it on its heaviest day: the alerts panel filled with the three alerts
 * with the longest titles and summaries (any three may be current at once).
 */
const { homeAlertsHtml } = await importBundled<{ homeAlertsHtml: (a: readonly AlertRecord[]) => { value: string } }>(
  'src/render/alerts-page.tsx',
);
const { alerts } = JSON.parse(readFileSync(new URL('../src/generated/alerts.json', import.meta.url), 'utf8')) as {
  alerts: AlertRecord[];
};
const heaviest = [...alerts].sort((a, b) => b.title.length + b.summary.length - a.title.length - a.summary.length);
const asServed = (html: string) => html.replace(HOME_ALERTS_SLOT, () => homeAlertsHtml(heaviest.slice(0, 3)).value);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // /admin/ is the staff editor, not a page residents load: its weight is in the README (Sveltia CMS).
    if (statSync(path).isDirectory()) return name === '_astro' || path === join(dist, 'admin') ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A module and the same-site modules it imports, each counted once. */
function withImports(asset: string, seen: Set<string>): void {
  if (seen.has(asset)) return;
  seen.add(asset);
  if (!asset.endsWith('.js')) return;
  const code = readFileSync(join(dist, asset), 'utf8');
  for (const path of moduleImports(code)) withImports(join(asset, '..', path), seen);
}

let failed = 0;
const rows = htmlFiles(dist)
  .sort()
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const assets = new Set<string>();
    for (const a of pageAssets(html)) withImports(a, assets);
    const htmlBytes = html.includes(HOME_ALERTS_SLOT) ? gzText(asServed(html)) : gz(file);
    const bytes = htmlBytes + [...assets].reduce((sum, a) => sum + gz(join(dist, a)), 0);
    const hasIsland = html.includes('<astro-island');
    const mark = verdict(bytes, hasIsland);
    if (mark === 'OVER LIMIT') failed++;
    return { page: '/' + relative(dist, file), bytes, hasIsland, mark };
  });

for (const r of rows) {
  const kb = (r.bytes / 1024).toFixed(1).padStart(6);
  console.log(`${kb} KB  ${r.mark.padEnd(11)} ${r.hasIsland ? 'island' : 'plain '}  ${r.page}`);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const hasIsland of [false, true]) {
  const group = rows.filter((r) => r.hasIsland === hasIsland);
  const budget = hasIsland ? PAGE_BUDGET.island : PAGE_BUDGET.plain;
  const largest = group.reduce((max, r) => Math.max(max, r.bytes), 0);
  console.log(
    `${group.length} pages ${hasIsland ? 'with' : 'without'} an island: largest ${kb(largest)} ` +
      `(target ${kb(budget.targetBytes)}, limit ${kb(budget.limitBytes)})`,
  );
}
console.log(`${failed} of ${rows.length} pages over the limit`);
process.exitCode = failed > 0 ? 1 : 0;
