// @ts-check
import { unified } from '@astrojs/markdown-remark';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { MARKDOWN_PLUGINS } from './src/markdown/pipeline.ts';
import { DEFAULT_SITE_URL } from './src/lib/site.ts';

export default defineConfig({
  // The public address, used in sitemap.xml and canonical links. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react()],
  devToolbar: { enabled: false },
  markdown: {
    // Advice needs no code highlighting (Shiki's inline styles would also clash with the CSP).
    syntaxHighlight: false,
    processor: unified(MARKDOWN_PLUGINS),
  },
  // A meta CSP with hashes for every script and style Astro emits; dist/_headers (src/lib/web/security-headers.ts) adds what a meta cannot.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
