// `npm test`: every check, in order from fastest to slowest, stopping at the first failure.
import { run } from './run.ts';

const steps: [name: string, cmd: string, args: string[]][] = [
  ['content (plain English, summaries, review dates)', 'node', ['scripts/check-content.ts']],
  // Lint and type checks read generated files: Astro's content types and the search index.
  ['generated files (astro sync, search index)', 'node', ['scripts/generate.ts']],
  ['formatting (prettier)', 'prettier', ['--check', '--log-level=warn', '.']],
  ['lint (eslint, zero warnings)', 'eslint', ['.', '--max-warnings=0']],
  ['imports (no cycles, folder boundaries; knip: no unused file or export)', 'node', ['scripts/check-imports.ts']],
  ['types (astro check, functions)', 'npm', ['run', '--silent', 'check']],
  ['unit and function tests (vitest)', 'vitest', ['run']],
  ['build', 'node', ['scripts/build.ts']],
  ['page weight budget', 'node', ['scripts/page-budget.ts']],
  ['links and anchors', 'node', ['scripts/check-links.ts']],
  // Through the served site (wrangler dev on the build): provider down, lost answers, dying Worker, keys.
  ['delivery fault tests (served site)', 'vitest', ['run', '--config', 'vitest.faults.config.ts']],
  ['browser tests (playwright, axe)', 'playwright', ['test']],
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    await run(cmd, args);
  } catch (error) {
    console.error(`\n✗ ${name} failed: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
