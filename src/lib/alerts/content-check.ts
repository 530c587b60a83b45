import { pageProblems, type ContentReport } from '../advice/content-check.ts';
import type { AlertFrontmatter } from './schema.ts';

/** The contract's section: every alert says, under this heading, what to do. */
const WHAT_TO_DO_NOW = /^## What to do now\s*$/m;

/**
 * Checks one alert against the advice rules (plain English, sources that are pages, no typed hours) and its
 * own: a "## What to do now" section, and related pages that exist. `adviceSlugs` are the advice pages.
 */
export function checkAlertPage(
  slug: string,
  frontmatter: AlertFrontmatter,
  body: string,
  adviceSlugs: ReadonlySet<string>,
): ContentReport {
  const { figures, problems } = pageProblems(frontmatter, body);
  if (!WHAT_TO_DO_NOW.test(body)) problems.push('no "## What to do now" section');
  for (const related of frontmatter.related)
    if (!adviceSlugs.has(related)) problems.push(`related page "${related}" does not exist in content/advice/`);
  return { slug: `alerts/${slug}`, ...figures, problems, warnings: [] };
}
