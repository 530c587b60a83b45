import { z } from 'zod';
import { sourceSchema } from '../advice/schema.ts';
import { AREA_IDS } from './areas.ts';
import { CHANNEL_IDS } from './channels.ts';

/**
 * The frontmatter of one scam alert in content/alerts/ (contract: DESIGN.md "Scam alerts"). Declarative on
 * purpose: the editor's config is generated from it, so every field is a plain type or an enum.
 */
export const alertSchema = z
  .object({
    /** What is going round, in a resident's words: the heading and the title. */
    title: z.string().min(3).max(100),
    /** One or two sentences for lists, feeds and the home page (at most 160 characters). */
    summary: z.string().min(20).max(160),
    /** The day the warning was first published (the source's own date). */
    published: z.coerce.date(),
    /** The last day it is shown as current; after it, the alert is listed under "Past alerts". */
    expires: z.coerce.date(),
    /** The day the alert was last changed, if it changed after it was published. */
    updated: z.coerce.date().optional(),
    /** True when it was taken down early; the body says why. It is then never shown as current. */
    withdrawn: z.boolean().default(false),
    /** Where it applies: districts, the whole county (hertfordshire) or the whole country (national). */
    areas: z.array(z.enum(AREA_IDS)).min(1),
    /** How the scam reaches people. */
    channels: z.array(z.enum(CHANNEL_IDS)).min(1),
    /** The pages that state what the alert says: a police, Trading Standards or regulator warning. */
    sources: z.array(sourceSchema).min(1),
    /** Advice pages to read next (their file names); each must exist. */
    related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  })
  .refine((a) => a.expires >= a.published, { message: 'expires must be on or after published', path: ['expires'] })
  .refine((a) => a.updated === undefined || a.updated >= a.published, {
    message: 'updated must be on or after published',
    path: ['updated'],
  });

export type AlertFrontmatter = z.infer<typeof alertSchema>;
