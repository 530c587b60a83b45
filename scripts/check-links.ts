// Checks every same-site link and anchor in the built site (dist/) and fails on any broken one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brokenLinks, type BuiltPage } from '../src/lib/link-check.ts';
import { triagePages } from './triage-pages.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
/** Pages linked to that are being written on main now; each one leaves this list once it is built. */
const PENDING_PAGES: string[] = [];

function pages(dir: string): BuiltPage[] {
  return readdirSync(dir).flatMap((name): BuiltPage[] => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return pages(file);
    if (!name.endsWith('.html')) return [];
    const rel = '/' + relative(dist, file);
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    return [{ path, html: readFileSync(file, 'utf8') }];
  });
}

// The plans of "What do I do now?" are built by a function, not into dist/: check their links too.
const all = [...pages(dist), ...triagePages()];
const pending = new Set(PENDING_PAGES);
const problems = brokenLinks(
  all,
  (path) => existsSync(join(dist, path)) || path.startsWith('/api/') || pending.has(path),
);
for (const path of PENDING_PAGES) {
  if (existsSync(join(dist, path))) console.log(`${path} now exists: remove it from PENDING_PAGES`);
}
const links = all.reduce((n, p) => n + (p.html.match(/<a\b/g)?.length ?? 0), 0);
for (const p of problems) console.log(p);
console.log(`${all.length} pages, ${links} links checked, ${problems.length} broken`);
process.exitCode = problems.length > 0 ? 1 : 0;
