import { PHISHING_EMAIL } from '../contacts/contacts.ts';
import { previousQuestion } from './navigator.ts';
import { QUESTIONS, type Answers, type QuestionId } from './questions.ts';

/** Where the journey lives, how its addresses are built, and the pages its plans link to. */

export const TRIAGE_PATH = '/what-to-do-now/';
/** The page shell the function fills (built by Astro, never indexed). */
export const TRIAGE_SHELL_PATH = '/what-to-do-now/answer/';
export const TRIAGE_TITLE = 'What do I do now?';

/** The address of a set of answers, in question order, optionally re-asking one (`change`). */
export function triageUrl(answers: Answers, change?: QuestionId): string {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (value !== undefined) params.append(q.id, value);
  }
  if (change) params.append('change', change);
  const query = params.toString();
  return query ? `${TRIAGE_PATH}?${query}` : TRIAGE_PATH;
}

/** The link back: the previous question with its answer chosen, or none on the first question. */
export function backHref(answers: Answers, current: QuestionId | null): string | null {
  const previous = previousQuestion(answers, current);
  return previous ? triageUrl(answers, previous) : null;
}

export const PHISHING_MAILTO = `mailto:${PHISHING_EMAIL}`;

/** The site's page titles by address: an advice page's is its own, from its markdown (passed in, built). */
export type PageTitles = ReadonlyMap<string, string>;

/**
 * The words of the links a plan step can carry that are not advice pages: those take their page's own
 * title (`titles`), so a page renamed in its markdown is renamed in every plan. Every href a step uses
 * must have words (limits.ts checks every plan).
 */
const OTHER_LINK_LABELS: Readonly<Record<string, string>> = {
  // Pages built from code, not markdown: their titles are typed in their own pages too.
  '/can-i-still-cancel/': 'Can I still cancel?',
  '/get-help/refer-yourself-to-beacon/': 'Ask Beacon for support',
  [`${TRIAGE_PATH}?danger=no`]: 'Answer the questions again',
  [PHISHING_MAILTO]: PHISHING_EMAIL,
};

/** The words of a plan link: the page's own title, or the words above; undefined when it has none. */
export function linkLabel(href: string, titles: PageTitles): string | undefined {
  return titles.get(href) ?? OTHER_LINK_LABELS[href];
}
