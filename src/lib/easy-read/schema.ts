import { z } from 'zod';

/**
 * The frontmatter of one Easy Read page in content/easy-read/ (contract: DESIGN.md "Paths: Easy Read and
 * large print"): the Easy Read version of /advice/ADVICE/, at /easy-read/SLUG/.
 */
export const easyReadSchema = z.object({
  /** The heading: short, in everyday words. */
  title: z.string().min(3).max(60),
  /** One sentence for the list and search results, starting "Easy Read." (at most 160 characters). */
  summary: z.string().min(20).max(160),
  /** The file name of the standard advice page this is the Easy Read version of; it links here. */
  advice: z.string().regex(/^[a-z0-9-]+$/),
  /** The day it was last checked against its standard page. */
  updated: z.coerce.date(),
  /** The day by which someone must check it again. */
  reviewDue: z.coerce.date(),
  /** Words people search for; "easy read" among them. */
  keywords: z.array(z.string().min(2)).default([]),
});

export type EasyReadFrontmatter = z.infer<typeof easyReadSchema>;
