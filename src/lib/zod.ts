import * as z from 'zod/mini';

/**
 * The site's zod, for every schema the browser also runs: `zod/mini`, whose functions tree-shake to what a
 * schema uses (about 8 KB gzipped here; full zod put about 24 KB on each island page). Import `z` from here,
 * not from 'zod', in anything an island imports; the functions import the same schemas.
 *
 * jitless: full zod compiles object parsers with `new Function`, and probing for that is an `eval` the CSP
 * blocks (and reports as a violation on every page load). Mini does not probe; the setting makes sure no
 * zod in the page does. It is global (zod keeps its config on globalThis) and this module runs before any
 * schema that imports it is built.
 */
z.config({ jitless: true });

export { z };
