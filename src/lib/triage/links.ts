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

/** The words of each link a plan step can carry: every href a step uses must be here (tested). */
export const LINK_LABELS: Record<string, string> = {
  '/advice/at-the-door-now/': 'Someone at your door now',
  '/advice/bogus-callers-and-distraction-burglary/': 'Bogus callers and distraction burglary',
  '/advice/courier-fraud-and-safe-account-scams/': 'Courier fraud and “safe account” scams',
  '/advice/tech-support-scams/': 'Computer and tech support scams',
  '/advice/ive-been-scammed/': 'I’ve been scammed: what to do now',
  '/advice/get-your-money-back/': 'Getting your money back',
  '/advice/reporting-a-scam/': 'Reporting a scam or rogue trader',
  '/advice/scam-texts/': 'Scam texts',
  '/advice/phishing-emails/': 'Phishing emails',
  '/advice/bank-impersonation-scams/': 'Bank impersonation scams',
  '/advice/fake-websites-and-shops/': 'Fake websites and shops',
  '/advice/helping-someone-you-care-about/': 'Helping someone you care about',
  '/can-i-still-cancel/': 'Can I still cancel?',
  '/get-help/refer-yourself-to-beacon/': 'Ask Beacon for support',
  [`${TRIAGE_PATH}?danger=no`]: 'Answer the questions again',
  [PHISHING_MAILTO]: PHISHING_EMAIL,
};
