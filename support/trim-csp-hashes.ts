// Trims the meta CSP of every built page to the hashes of the inline scripts and styles that page holds.
// Astro writes every hash the site could need into every page (all five client directives, the island loader
// and its development twin): about 0.5 KB gzipped on each page, and permission for scripts the page never
// runs. External scripts and stylesheets need no hash (script-src and style-src allow 'self'). Run after
// `astro build`; the Worker fills these pages as they are, so its answers keep the trimmed policy.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const HASH = / 'sha256-([A-Za-z0-9+/=]+)'/g;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** The page with only the hashes of its own inline `<script>` and `<style>` elements left in its meta CSP. */
export function trimCspHashes(html: string): string {
  const inline = [...html.matchAll(INLINE)].filter((m) => !/\bsrc=/.test(m[2] ?? ''));
  const own = new Set(inline.map((m) => sha256(m[3] ?? '')));
  return html.replace(
    META_CSP,
    (_, start: string, policy: string, end: string) =>
      start + policy.replace(HASH, (hash: string, digest: string) => (own.has(digest) ? hash : '')) + end,
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

if (import.meta.main) {
  const dist = new URL('../dist/', import.meta.url).pathname;
  let trimmed = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const out = trimCspHashes(html);
    if (out !== html) {
      writeFileSync(file, out);
      trimmed++;
    }
  }
  console.log(`csp: ${trimmed} pages' meta CSP trimmed to their own inline hashes`);
}
