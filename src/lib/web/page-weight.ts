/**
 * The page-weight budget: what a first visit downloads for a page (its HTML, stylesheets, scripts and every
 * module those scripts import), gzip-compressed as served.
 */
export const PAGE_BUDGET = {
  /** Pages without an island: one round trip on a new connection (TCP initial window ≈ 14 KB). */
  plain: { targetBytes: 14 * 1024, limitBytes: 14 * 1024 },
  /**
   * Pages with a React island. React's own runtime is about 68 KB gzipped, so with the page's HTML and CSS
   * the floor is about 74 KB; the target leaves room for the island's code, the limit fails the check.
   */
  island: { targetBytes: 90 * 1024, limitBytes: 95 * 1024 },
} as const;

export type Verdict = 'ok' | 'over target' | 'OVER LIMIT';

/** How a page's weight compares with the budget for its kind. */
export function verdict(bytes: number, hasIsland: boolean): Verdict {
  const budget = hasIsland ? PAGE_BUDGET.island : PAGE_BUDGET.plain;
  if (bytes > budget.limitBytes) return 'OVER LIMIT';
  return bytes > budget.targetBytes ? 'over target' : 'ok';
}

/** The same-site assets a built HTML page loads up front: stylesheets, module scripts and island components. */
export function pageAssets(htmlText: string): string[] {
  const found = new Set<string>();
  for (const m of htmlText.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g)) found.add(m[1]!);
  for (const m of htmlText.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) found.add(m[1]!);
  for (const m of htmlText.matchAll(/<astro-island[^>]+component-url="(\/[^"]+)"[^>]+renderer-url="(\/[^"]+)"/g)) {
    found.add(m[1]!);
    found.add(m[2]!);
  }
  return [...found];
}

/**
 * The relative modules a built module imports: static imports and re-exports, and dynamic `import()` too,
 * so splitting code into a lazy chunk cannot hide it from the budget. The bundler writes a lazy chunk's
 * name as a template literal (import(`./x.js`)), so a backquoted name counts as well, unless it is built
 * from `${…}`.
 */
export function moduleImports(code: string): string[] {
  const found = new Set<string>();
  const quoted = /(?:\bimport|\bfrom)\s*\(?\s*(["'`])(\.{1,2}\/[^"'`$]+\.js)\1/g;
  for (const m of code.matchAll(quoted)) found.add(m[2]!);
  return [...found];
}
