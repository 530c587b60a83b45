// Builds the site: the search index first (the search island imports it), then Astro.
import { run } from './run.ts';

await run('node', ['scripts/build-search-index.ts']);
await run('astro', ['build'], { ASTRO_TELEMETRY_DISABLED: '1' });
