// Reads the advice markdown files with their frontmatter, for scripts and tests that run outside Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { adviceSchema, type AdviceFrontmatter } from '../src/lib/advice/schema.ts';

const ADVICE_DIR = new URL('../content/advice/', import.meta.url).pathname;

export interface AdviceFile {
  slug: string;
  frontmatter: AdviceFrontmatter;
  body: string;
}

export function readAdviceFiles(dir = ADVICE_DIR): AdviceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const parsed = adviceSchema.safeParse(parse(match[1] ?? ''));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { slug: file.replace(/\.md$/, ''), frontmatter: parsed.data, body: match[2] ?? '' };
    });
}
