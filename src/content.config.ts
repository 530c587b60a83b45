import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { adviceSchema } from './lib/advice/schema.ts';
import { alertSchema } from './lib/alerts/schema.ts';
import { easyReadSchema } from './lib/easy-read/schema.ts';

/** Advice pages: one markdown file each in content/advice/, its file name is its URL slug. */
const advice = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/advice' }),
  schema: adviceSchema,
});

/** Scam alerts: one markdown file each in content/alerts/; whether one is current is decided per request. */
const alerts = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/alerts' }),
  schema: alertSchema,
});

/** Easy Read pages: one markdown file each in content/easy-read/, the Easy Read version of an advice page. */
const easyRead = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/easy-read' }),
  schema: easyReadSchema,
});

export const collections = { advice, alerts, easyRead };
