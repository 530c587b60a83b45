// Writes dist/admin/: the editor (Sveltia CMS, pinned in package.json, copied from node_modules, never a
// CDN), its fonts (self-hosted: the bundle's three CDN font addresses are rewritten to /admin/fonts/), the
// config generated from the zod schemas (src/lib/cms/editor-config.ts), the editor help script
// (src/cms-editor/editor-help.ts: the phone-number insert and the preview) and the page that loads them.
// Runs after `astro build`, which empties dist/.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { editorConfig } from '../src/lib/cms/editor-config.ts';
import { DEFAULT_SITE_URL } from '../src/lib/site.ts';
import { cmsRepository } from './cms-repository.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const admin = join(dist, 'admin');
const vendor = join(root, 'node_modules/@sveltia/cms/dist');

/** The bundle's font addresses: https://cdn.jsdelivr.net/fontsource/fonts/FAMILY[:vf]@VERSION/FILE.woff2. */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Libraries the bundle imports at run time, from unpkg unless pointed elsewhere: the preview needs
 * immutable (a custom preview's entry), pasting needs turndown. They are copied from node_modules (where
 * @sveltia/cms's own dependencies put them) to /admin/vendor/NAME@VERSION/, the address the bundle asks for
 * once its CDN base is rewritten. Others it can load (maps, image tools) stay refused by the CSP: unused here.
 */
const RUNTIME_MODULES: [name: string, file: string][] = [
  ['immutable', 'dist/immutable.es.js'],
  ['turndown', 'lib/turndown.browser.es.js'],
];
const CDN_MODULE_BASE = '`https://unpkg.com/${e}`';

function copyRuntimeModules(bundle: string): string {
  if (bundle.split(CDN_MODULE_BASE).length !== 2) {
    throw new Error('build-cms-assets: the editor bundle no longer loads modules the way this expects; check it');
  }
  for (const [name, file] of RUNTIME_MODULES) {
    const version = new RegExp(`\\b${name}:\`\\^?([\\d.]+)\``).exec(bundle)?.[1];
    if (!version) throw new Error(`build-cms-assets: the editor bundle no longer names a version of ${name}`);
    const target = join(admin, 'vendor', `${name}@${version}`, file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(root, 'node_modules', name, file), target);
  }
  return bundle.replace(CDN_MODULE_BASE, '`/admin/vendor/${e}`');
}

/**
 * The editor's words in the officer's own language (en-GB here) are JSON files it fetches from unpkg; when
 * the fetch is refused it retries without end and the page hangs. They ship in the package: copy them and
 * point the bundle at our copy.
 */
const CDN_LOCALES = '`${iP}@${rP}/locales`';

function copyLocales(bundle: string): string {
  if (bundle.split(CDN_LOCALES).length !== 2) {
    throw new Error('build-cms-assets: the editor bundle no longer loads its locales the way this expects; check it');
  }
  cpSync(join(root, 'node_modules/@sveltia/cms/locales'), join(admin, 'sveltia/locales'), { recursive: true });
  return bundle.replace(CDN_LOCALES, '`/admin/sveltia/locales`');
}

/** The maps are not copied, so the comment naming them goes too. */
const SOURCE_MAP = /\/\/# sourceMappingURL=\S+\s*$/;

/** Copies the editor's bundle with its fonts pointed at our own copies, and copies those fonts. */
function copyEditor(): string[] {
  mkdirSync(join(admin, 'sveltia/chunks'), { recursive: true });
  mkdirSync(join(admin, 'fonts'), { recursive: true });
  const fonts = new Set<string>();
  const bundle = readFileSync(join(vendor, 'sveltia-cms.js'), 'utf8').replace(
    CDN_FONT,
    (_all, family: string, variable: string | undefined, file: string) => {
      const name = `${family}-${file}.woff2`;
      const pkg = `@fontsource${variable ? '-variable' : ''}/${family}`;
      cpSync(join(root, 'node_modules', pkg, 'files', name), join(admin, 'fonts', name));
      fonts.add(`${pkg}: ${name}`);
      return `/admin/fonts/${name}`;
    },
  );
  if (fonts.size === 0) throw new Error('build-cms-assets: the editor bundle no longer names its fonts; check them');
  writeFileSync(join(admin, 'sveltia/sveltia-cms.js'), copyLocales(copyRuntimeModules(bundle)).replace(SOURCE_MAP, ''));
  for (const chunk of readdirSync(join(vendor, 'chunks')).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(vendor, 'chunks', chunk), 'utf8');
    writeFileSync(join(admin, 'sveltia/chunks', chunk), text.replace(SOURCE_MAP, ''));
  }
  return [...fonts];
}

/** The site's own stylesheets, as an advice page links them, so the preview looks like the site. */
function siteStylesheets(): string[] {
  const advice = readdirSync(join(dist, 'advice'), { withFileTypes: true }).find((d) => d.isDirectory());
  if (!advice) throw new Error('build-cms-assets: no advice page in dist/ to take the stylesheets from');
  const html = readFileSync(join(dist, 'advice', advice.name, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
}

function adminPage(stylesheets: string[]): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Edit the site – Not Sure? Don’t Open the Door</title>
    <link rel="cms-config-url" type="application/yaml" href="/admin/config.yml">
    <meta name="site-stylesheets" content="${stylesheets.join(' ')}">
  </head>
  <body>
    <noscript>The editor needs JavaScript. Ask the site’s developer if it is turned off on your computer.</noscript>
    <script src="/admin/sveltia/sveltia-cms.js"></script>
    <script src="/admin/editor-help.js"></script>
  </body>
</html>
`;
}

export async function buildCmsAssets(): Promise<void> {
  const fonts = copyEditor();
  const config = editorConfig({ repo: cmsRepository(), siteUrl: process.env['SITE_URL'] ?? DEFAULT_SITE_URL });
  writeFileSync(
    join(admin, 'config.yml'),
    `# Generated by support/build-cms-assets.ts from the zod schemas: do not edit.\n${stringify(config)}`,
  );
  await build({
    entryPoints: [join(root, 'src/cms-editor/editor-help.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(admin, 'editor-help.js'),
    logLevel: 'warning',
  });
  writeFileSync(join(admin, 'index.html'), adminPage(siteStylesheets()));
  console.log(`cms: dist/admin/ with Sveltia CMS, ${fonts.length} fonts, config.yml, editor-help.js`);
}

if (import.meta.main) await buildCmsAssets();
