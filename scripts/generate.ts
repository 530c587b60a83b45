// Writes the generated files that type checks, lint and the build read: the search index and Astro's types.
import { run } from './run.ts';

await run('node', ['support/build-search-index.ts']);
await run('node', ['support/build-alerts-data.ts']);
await run('astro', ['sync'], { ASTRO_TELEMETRY_DISABLED: '1' });
