import type { AdviceFrontmatter } from './schema.ts';

/**
 * The rules that make a page's facts checkable (issue: "a source for every fact"): a source is the page that
 * states the fact, law is cited to legislation.gov.uk, and a figure never stands without a source.
 */

const LEGISLATION_HOST = 'www.legislation.gov.uk';

/** "regulation 28", "reg 31", "section 75", "s.228", "Schedule 20": a provision a reader could look up. */
const PROVISION = /\b(regulations?|reg\.?|sections?|s\.|schedule)\s?\d+/i;

/** "15%", "88 per cent", or a sum of money over £1,000 ("£85,000", "£2.5 million"). */
const PERCENTAGE = /\b\d+(\.\d+)?\s?(%|per ?cent)/i;
const POUNDS = /£\s?(\d[\d,]*)(\.\d+)?\s*(million|billion|m\b|bn\b)?/gi;

function bigSumOfMoney(text: string): boolean {
  for (const m of text.matchAll(POUNDS)) {
    if (m[3]) return true;
    if (Number((m[1] ?? '').replace(/,/g, '')) > 1000) return true;
  }
  return false;
}

/** True when the text states a figure that needs a source on the page. */
function statesFigure(text: string): boolean {
  return PERCENTAGE.test(text) || bigSumOfMoney(text);
}

/** True when the text cites a provision of a law. */
function citesProvision(text: string): boolean {
  return PROVISION.test(text);
}

function isFrontPage(url: URL): boolean {
  return url.pathname === '/' || url.pathname === '';
}

/** Problems with a page's sources, each a sentence naming what to fix. */
export function sourceProblems(frontmatter: AdviceFrontmatter, body: string): string[] {
  const problems: string[] = [];
  for (const source of frontmatter.sources) {
    const url = new URL(source.url);
    // A front page states no fact; the page that does is the source, even where readers are sent to the front door.
    if (isFrontPage(url))
      problems.push(`source "${source.title}" is a front page (${source.url}): cite the page that states the fact`);
  }
  const hasLegislation = frontmatter.sources.some((s) => new URL(s.url).host === LEGISLATION_HOST);
  if (citesProvision(body) && !hasLegislation)
    problems.push('cites a regulation or section but has no legislation.gov.uk source');
  if (statesFigure(body) && frontmatter.sources.length === 0)
    problems.push('states a figure (a % or a sum over £1,000) but lists no sources');
  return problems;
}

/** Hours typed beside a number: they belong in contacts.ts, so one edit changes every page. */
const HAND_WRITTEN_HOURS =
  /\{\{tel:[a-z0-9-]+\}\}[^.\n]{0,12}\((?:[^)]*\b(\d{1,2}(am|pm)|24\/7|monday|weekdays|open)\b)[^)]*\)/i;

export function handWrittenHours(body: string): boolean {
  return HAND_WRITTEN_HOURS.test(body);
}

interface ContactLike {
  name: string;
  when: string;
  hours: { open: 'always' | 'limited' | 'unknown'; text?: string };
}

const HOURS_WORDS = /\b(\d{1,2}(am|pm)|monday|tuesday|wednesday|thursday|friday|weekdays|weekends?)\b/i;

/** A contact whose description talks about hours the record doesn't keep would show the wrong hours. */
export function contactProblems(contacts: Record<string, ContactLike>): string[] {
  const problems: string[] = [];
  for (const [id, c] of Object.entries(contacts)) {
    if (c.hours.open === 'limited' && !c.hours.text?.trim()) problems.push(`contact ${id}: limited hours with no text`);
    if (HOURS_WORDS.test(c.when) && c.hours.open !== 'limited')
      problems.push(`contact ${id}: "${c.when}" mentions hours, but none are recorded in its hours`);
  }
  return problems;
}
