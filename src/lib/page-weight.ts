/** The page-weight budget: what a first visit downloads for a page, compressed as served. */
export const PAGE_BUDGET = {
  /** One round trip on a new connection (TCP initial window ≈ 14 KB): the target for pages without islands. */
  targetBytes: 14 * 1024,
  /** Above this the check fails. */
  limitBytes: 20 * 1024,
} as const;

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
