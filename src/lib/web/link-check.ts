/** Finds broken same-site links and anchors in a set of built pages (pure: pages are given as text). */

export interface BuiltPage {
  /** The URL path the page is served at, e.g. "/advice/rogue-traders/". */
  path: string;
  html: string;
}

const HREF = /<a\b[^>]*\bhref="([^"]*)"/g;
const ID = /\bid="([^"]+)"/g;

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** Every broken link, as "page → target: reason". `exists` says whether a non-page path (a file) exists. */
export function brokenLinks(pages: readonly BuiltPage[], exists: (path: string) => boolean): string[] {
  const ids = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(ID)].map((m) => decode(m[1]!)))]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const match of page.html.matchAll(HREF)) {
      const href = decode(match[1]!);
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site${page.path}`);
      if (url.host !== 'site') continue;
      const target = url.pathname;
      const targetIds = ids.get(target) ?? ids.get(target.endsWith('/') ? target : `${target}/`);
      if (!targetIds && !exists(target)) {
        problems.push(`${page.path} → ${href}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && targetIds && !targetIds.has(anchor))
        problems.push(`${page.path} → ${href}: no element with id "${anchor}"`);
    }
  }
  return problems;
}
