// Builds the site: the search index first (the search island imports it), then Astro, then each page's meta
// CSP trimmed to its own inline hashes, then the static assets' _headers from the same source as the Worker's
// headers, then the editor in dist/admin/.
import { run } from './run.ts';

await run('node', ['support/build-search-index.ts']);
await run('node', ['support/build-alerts-data.ts']);
await run('astro', ['build'], { ASTRO_TELEMETRY_DISABLED: '1' });
await run('node', ['support/trim-csp-hashes.ts']);
await run('node', ['scripts/write-headers.ts']);
await run('node', ['support/build-cms-assets.ts']);
