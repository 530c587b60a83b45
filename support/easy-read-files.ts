// Reads the Easy Read markdown files with their frontmatter, for scripts and tests that run outside Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { easyReadSchema, type EasyReadFrontmatter } from '../src/lib/easy-read/schema.ts';

const EASY_READ_DIR = new URL('../content/easy-read/', import.meta.url).pathname;

export interface EasyReadFile {
  slug: string;
  frontmatter: EasyReadFrontmatter;
  body: string;
}

export function readEasyReadFiles(dir = EASY_READ_DIR): EasyReadFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/easy-read/${file}: no frontmatter`);
      const parsed = easyReadSchema.safeParse(parse(match[1] ?? ''));
      if (!parsed.success) throw new Error(`content/easy-read/${file}: ${parsed.error.message}`);
      return { slug: file.replace(/\.md$/, ''), frontmatter: parsed.data, body: match[2] ?? '' };
    });
}
