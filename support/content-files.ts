// Reads markdown files with their frontmatter, checked against a collection's schema, for scripts and tests
// that run outside Astro (advice, alerts and Easy Read each call it with their folder and schema).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

export interface ContentFile<T> {
  slug: string;
  frontmatter: T;
  body: string;
}

export function readContentFiles<S extends z.ZodType>(
  dir: string,
  schema: S,
  label: string,
): ContentFile<z.output<S>>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${label}${file}: no frontmatter`);
      const parsed = schema.safeParse(parse(match[1] ?? ''));
      if (!parsed.success) throw new Error(`${label}${file}: ${parsed.error.message}`);
      return { slug: file.replace(/\.md$/, ''), frontmatter: parsed.data, body: match[2] ?? '' };
    });
}
