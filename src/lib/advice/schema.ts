import { z } from 'zod';
import { CATEGORY_IDS } from './categories.ts';

/** A page or law the advice relies on, shown under "Sources" and checked by reviewers. */
export const sourceSchema = z.object({
  /** What the source is, as a reader would name it, e.g. "Consumer Contracts Regulations 2013, regulation 30". */
  title: z.string().min(3),
  /** Where to read it: an https address. */
  url: z.url({ protocol: /^https$/ }),
});

/** The frontmatter of one advice page in content/advice/. */
export const adviceSchema = z.object({
  /** The page's heading and title: the words a resident would search for. */
  title: z.string().min(3).max(80),
  /** One or two sentences shown in lists and search results and used as the meta description. */
  summary: z.string().min(20).max(160),
  /** The section of the library the page belongs to. */
  category: z.enum(CATEGORY_IDS),
  /** Other words residents use for this topic, to help search (e.g. "cowboy builder"). */
  keywords: z.array(z.string().min(2)).default([]),
  /** The day the page was last checked against its sources. */
  updated: z.coerce.date(),
  /**
   * The day by which someone must check the page again. After it the content check warns (it does not fail:
   * an officer's unrelated edit must still land) and the page tells readers it is due for review.
   */
  reviewDue: z.coerce.date(),
  /** Where the facts come from. Required (at least one) for any page stating law or figures. */
  sources: z.array(sourceSchema).default([]),
  /** Slugs of other advice pages to suggest at the end; each must exist or the build fails. */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Sort order within the category: lower comes first. */
  order: z.number().int().default(100),
  /** True for pages written to be printed (a door sticker, a leaflet): shown under "Printables". */
  printable: z.boolean().default(false),
});

export type AdviceFrontmatter = z.infer<typeof adviceSchema>;
