import * as z from 'zod/mini';

/**
 * The site's zod, for every schema the browser also runs: `zod/mini`, whose functions tree-shake to what a
 * schema uses (full zod added about 25 KB gzipped to each island page). Import `z` from here, not from
 * 'zod', in anything an island imports.
 *
 * jitless: zod can compile object parsers with `new Function`, and probing for that is an `eval` the CSP
 * blocks (and reports as a violation on every page load). This module runs before any schema that imports
 * it is built, so no schema ever probes.
 */
z.config({ jitless: true });

export { z };
