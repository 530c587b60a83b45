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
export function sourceProblems(
  frontmatter: { sources: readonly { title: string; url: string }[] },
  body: string,
): string[] {
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

/**
 * Words that give a line's opening times: a clock time ("8am", "9.30am"), a day or days of the week (Saturday,
 * Sundays, weekdays, weekends, bank holidays), a part of the day ("mornings", "evenings") or "24/7".
 */
const HOURS_WORDS = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|24\/7|24 hours|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?|bank holidays?|mornings?|afternoons?|evenings?|overnight)`;

/**
 * Hours typed beside a number: "{{tel:x}} (Saturday mornings)", "{{tel:x}} (weekends only)", "{{tel:x}} (open
 * 9am to 5pm)", or "{{tel:x}}, Monday to Friday". They belong in contacts.ts, so one edit changes every page.
 */
const HAND_WRITTEN_HOURS = [
  new RegExp(String.raw`\{\{tel:[a-z0-9-]+\}\}[^.\n]{0,12}\([^)]*\b(?:${HOURS_WORDS}|open)\b[^)]*\)`, 'i'),
  new RegExp(
    String.raw`\{\{tel:[a-z0-9-]+\}\}[,;:]?\s+(?:(?:is\s+)?open\s+)?(?:from\s+|on\s+|at\s+|every\s+)?${HOURS_WORDS}\b`,
    'i',
  ),
];

export function handWrittenHours(body: string): boolean {
  return HAND_WRITTEN_HOURS.some((rule) => rule.test(body));
}

interface ContactLike {
  name: string;
  when: string;
  hours: { open: 'always' | 'limited' | 'unknown'; text?: string; source?: string; confirmed?: boolean };
}

const HOURS_IN_WORDS = new RegExp(String.raw`\b${HOURS_WORDS}\b`, 'i');

/**
 * A contact whose description talks about hours would show hours the record doesn't keep (or keep them in two
 * places), and hours called confirmed must name the page that states them.
 */
export function contactProblems(contacts: Record<string, ContactLike>): string[] {
  const problems: string[] = [];
  for (const [id, c] of Object.entries(contacts)) {
    if (c.hours.open === 'limited' && !c.hours.text?.trim()) problems.push(`contact ${id}: limited hours with no text`);
    if (c.hours.open === 'limited' && c.hours.confirmed === true && !c.hours.source)
      problems.push(`contact ${id}: hours marked confirmed, but no source page states them`);
    if (HOURS_IN_WORDS.test(c.when))
      problems.push(
        c.hours.open === 'limited'
          ? `contact ${id}: "${c.when}" repeats hours in its description: keep them in its hours only`
          : `contact ${id}: "${c.when}" mentions hours, but none are recorded in its hours`,
      );
  }
  return problems;
}
