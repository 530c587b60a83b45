import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { adviceSchema } from './lib/advice/schema.ts';

/** Advice pages: one markdown file each in content/advice/, its file name is its URL slug. */
const advice = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/advice' }),
  schema: adviceSchema,
});

export const collections = { advice };
