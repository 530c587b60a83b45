// Checks every same-site link and anchor in the built site (dist/) and fails on any broken one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brokenLinks, type BuiltPage } from '../src/lib/web/link-check.ts';
import { triagePages } from './triage-pages.ts';

const dist = new URL('../dist/', import.meta.url).pathname;

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
const all = [...pages(dist), ...(await triagePages())];
const problems = brokenLinks(all, (path) => existsSync(join(dist, path)) || path.startsWith('/api/'));
const links = all.reduce((n, p) => n + (p.html.match(/<a\b/g)?.length ?? 0), 0);
for (const p of problems) console.log(p);
console.log(`${all.length} pages, ${links} links checked, ${problems.length} broken`);
process.exitCode = problems.length > 0 ? 1 : 0;
