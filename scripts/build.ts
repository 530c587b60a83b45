// Builds the site: the search index first (the search island imports it), then Astro.
import { existsSync } from 'node:fs';
import { run } from './run.ts';

const root = new URL('..', import.meta.url).pathname;
if (existsSync(`${root}scripts/build-search-index.ts`)) await run('node', ['scripts/build-search-index.ts']);
await run('astro', ['build'], { ASTRO_TELEMETRY_DISABLED: '1' });
