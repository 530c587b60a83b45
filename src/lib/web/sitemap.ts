import { escapeHtml } from './html.ts';

/** A sitemap.xml for the given absolute URLs, each with its last-modified day if known. */
export function sitemapXml(urls: readonly { loc: string; lastmod?: string }[]): string {
  const entries = urls
    .map((u) => `<url><loc>${escapeHtml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}
