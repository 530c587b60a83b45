import { readFileSync } from 'node:fs';

/** Paths of every page in the built sitemap (the list the accessibility sweep covers). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../../dist/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
