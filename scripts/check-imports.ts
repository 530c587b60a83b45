// `npm test`'s import step: no import cycle between files or between folders, each folder's boundary kept
// (support/import-graph.ts has the rules), and then knip: no unused file, export or dependency.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { importProblems } from '../support/import-graph.ts';
import { run } from './run.ts';

const root = new URL('..', import.meta.url).pathname;
const FOLDERS = ['src', 'functions', 'scripts', 'support', 'tests'];
const SKIP = new Set(['generated', 'node_modules']);
const SOURCE = /\.(ts|tsx|astro)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return SKIP.has(name) ? [] : sourceFiles(file);
    return SOURCE.test(name) ? [file] : [];
  });
}

/** The script parts of an .astro file: its frontmatter and its <script> elements. */
function astroScripts(text: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
}

const packageName = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2) : s.split('/').slice(0, 1)).join('/');

const graph = new Map<string, { files: string[]; packages: string[] }>();
for (const file of FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)))) {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? astroScripts(text) : text;
  const { importedFiles } = ts.preProcessFile(code, true, true);
  const files: string[] = [];
  const packages: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) packages.push(packageName(fileName));
    else {
      const target = resolveFile(file, fileName);
      if (target && SOURCE.test(target)) files.push(relative(root, target));
    }
  }
  graph.set(relative(root, file), { files, packages });
}

const problems = importProblems(graph);
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`${String(graph.size)} files: no import cycles, every folder boundary kept.`);
await run('knip', ['--no-progress']);
