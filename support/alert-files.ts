// Reads the alert markdown files with their frontmatter, for scripts and tests that run outside Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { alertSchema, type AlertFrontmatter } from '../src/lib/alerts/schema.ts';

const ALERTS_DIR = new URL('../content/alerts/', import.meta.url).pathname;

export interface AlertFile {
  slug: string;
  frontmatter: AlertFrontmatter;
  body: string;
}

export function readAlertFiles(dir = ALERTS_DIR): AlertFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/alerts/${file}: no frontmatter`);
      const parsed = alertSchema.safeParse(parse(match[1] ?? ''));
      if (!parsed.success) throw new Error(`content/alerts/${file}: ${parsed.error.message}`);
      return { slug: file.replace(/\.md$/, ''), frontmatter: parsed.data, body: match[2] ?? '' };
    });
}
