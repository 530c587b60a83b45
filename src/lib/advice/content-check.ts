import type { AdviceFrontmatter } from './schema.ts';
import { contactTokensToText } from '../contacts/tokens.ts';
import { markdownToPlainText } from './plain-text.ts';
import { readability, type Readability } from './readability.ts';
import { handWrittenHours, sourceProblems } from './source-rules.ts';

/** The bars every advice page must clear (issue: plain English for a reading age of about 9). */
const CONTENT_RULES = {
  minReadingEase: 60,
  maxAverageSentence: 20,
  maxSummary: 160,
} as const;

export interface ContentReport extends Readability {
  slug: string;
  /** What fails the page: `npm test` stops on any. */
  problems: string[];
  /** What the content owner must act on soon, but must not stop an urgent fix shipping: a review date passed. */
  warnings: string[];
}

const WHAT_TO_DO_HEADING = /^#{2,3}\s+What to do\b/im;
const LAW_OR_FIGURE = /\b(regulation|act 20\d\d|section \d|£\d|\d+%|\d[\d,]* (homes|zones|people))/i;

/** A page is due for review once its `reviewDue` day has passed; `today` is a plain date (YYYY-MM-DD). */
export function isOverdue(frontmatter: Pick<AdviceFrontmatter, 'reviewDue'>, today: string): boolean {
  return frontmatter.reviewDue.toISOString().slice(0, 10) < today;
}

/** The rules every published page clears, advice or alert: plain English, a "What to do" section, sources. */
export function pageProblems(
  page: { summary: string; sources: readonly { title: string; url: string }[] },
  body: string,
): { figures: Readability; problems: string[] } {
  const figures = readability(markdownToPlainText(contactTokensToText(body)));
  const problems: string[] = [];
  if (figures.fleschReadingEase < CONTENT_RULES.minReadingEase)
    problems.push(`reading ease ${figures.fleschReadingEase} is below ${CONTENT_RULES.minReadingEase}`);
  if (figures.averageSentenceLength > CONTENT_RULES.maxAverageSentence)
    problems.push(
      `average sentence ${figures.averageSentenceLength} words is over ${CONTENT_RULES.maxAverageSentence}`,
    );
  if (page.summary.length > CONTENT_RULES.maxSummary)
    problems.push(`summary is ${page.summary.length} characters (at most ${CONTENT_RULES.maxSummary})`);
  if (!WHAT_TO_DO_HEADING.test(body)) problems.push('no "What to do" section (a ## heading starting "What to do")');
  if (LAW_OR_FIGURE.test(body) && page.sources.length === 0)
    problems.push('states a law or a figure but lists no sources');
  problems.push(...sourceProblems(page, body));
  if (handWrittenHours(body))
    problems.push(
      'opening hours typed beside a number: record them in src/lib/contacts/contacts.ts (the token shows them)',
    );
  return { figures, problems };
}

/** Checks one advice page against the content rules; `today` is a plain date (YYYY-MM-DD). */
export function checkAdvicePage(
  slug: string,
  frontmatter: AdviceFrontmatter,
  body: string,
  today: string,
): ContentReport {
  const { figures, problems } = pageProblems(frontmatter, body);
  const warnings = isOverdue(frontmatter, today)
    ? [`due for review: reviewDue ${frontmatter.reviewDue.toISOString().slice(0, 10)} has passed`]
    : [];
  return { slug, ...figures, problems, warnings };
}
