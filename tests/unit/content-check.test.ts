import { describe, expect, it } from 'vitest';
import { adviceSchema } from '../../src/lib/advice/schema.ts';
import { checkAdvicePage } from '../../src/lib/advice/content-check.ts';
import { CONTACTS } from '../../src/lib/contacts/contacts.ts';
import { contactProblems } from '../../src/lib/advice/source-rules.ts';

const frontmatter = (over: Record<string, unknown> = {}) =>
  adviceSchema.parse({
    title: 'Scam texts',
    summary: 'Texts that try to trick you into clicking a link. How to spot them and what to do.',
    category: 'scams',
    updated: '2026-11-01',
    reviewDue: '2027-05-01',
    ...over,
  });
const plainBody = '## What to do now\n\n- Do not click the link.\n- Forward the text to {{tel:scam-text}}.\n';

describe('checkAdvicePage', () => {
  it('passes a plain page with a What to do section', () => {
    expect(checkAdvicePage('scam-texts', frontmatter(), plainBody, '2026-11-23').problems).toEqual([]);
  });

  it('fails a page without a What to do section', () => {
    const r = checkAdvicePage('x', frontmatter(), '## Warning signs\n\nA text asks you to pay.\n', '2026-11-23');
    expect(r.problems).toContain('no "What to do" section (a ## heading starting "What to do")');
  });

  it('warns, but does not fail, when a review date has passed, so an urgent fix can still ship', () => {
    const r = checkAdvicePage('x', frontmatter({ reviewDue: '2026-11-22' }), plainBody, '2026-11-23');
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual(['due for review: reviewDue 2026-11-22 has passed']);
    expect(checkAdvicePage('x', frontmatter({ reviewDue: '2026-11-23' }), plainBody, '2026-11-23').warnings).toEqual(
      [],
    );
  });

  it("fails a source that is a site's front page, even one the page sends readers to", () => {
    const sources = [{ title: 'Report Fraud', url: 'https://www.reportfraud.police.uk/' }];
    const cited = checkAdvicePage('x', frontmatter({ sources }), plainBody, '2026-11-23');
    expect(cited.problems.some((p) => p.includes('is a front page'))).toBe(true);
    const sent = `${plainBody}\nReport it at [reportfraud.police.uk](https://www.reportfraud.police.uk).\n`;
    // Linking readers to a front door is fine; citing it as the source of a fact is not.
    expect(checkAdvicePage('x', frontmatter(), sent, '2026-11-23').problems).toEqual([]);
    const sentAndCited = checkAdvicePage('x', frontmatter({ sources }), sent, '2026-11-23');
    expect(sentAndCited.problems.some((p) => p.includes('is a front page'))).toBe(true);
    const deep = [{ title: 'Report Fraud, how to report', url: 'https://www.reportfraud.police.uk/how-to-report/' }];
    expect(checkAdvicePage('x', frontmatter({ sources: deep }), plainBody, '2026-11-23').problems).toEqual([]);
  });

  it('fails a page citing a regulation or section without its legislation.gov.uk page', () => {
    const body = `${plainBody}\nUnder regulation 28 you cannot cancel made-to-measure goods.\n`;
    const other = [{ title: 'Citizens Advice, cancelling', url: 'https://www.citizensadvice.org.uk/consumer/x/' }];
    expect(checkAdvicePage('x', frontmatter({ sources: other }), body, '2026-11-23').problems).toContain(
      'cites a regulation or section but has no legislation.gov.uk source',
    );
    const law = [{ title: 'reg 28', url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/28' }];
    expect(checkAdvicePage('x', frontmatter({ sources: law }), body, '2026-11-23').problems).toEqual([]);
  });

  it('fails a figure (a percentage, or a sum over £1,000) on a page with no source', () => {
    for (const figure of ['About 15% of frauds are reported.', 'Banks must pay back up to £85,000.']) {
      const r = checkAdvicePage('x', frontmatter(), `${plainBody}\n${figure}\n`, '2026-11-23');
      expect(r.problems, figure).toContain('states a figure (a % or a sum over £1,000) but lists no sources');
    }
    const small = checkAdvicePage('x', frontmatter(), `${plainBody}\nA fee of £100.\n`, '2026-11-23');
    expect(small.problems.filter((p) => p.startsWith('states a figure'))).toEqual([]);
  });

  it('fails opening hours typed beside a number, which belong in contacts.ts', () => {
    const body = `${plainBody}\nCall {{tel:report-fraud}} (Monday to Friday, 8am to 8pm).\n`;
    expect(checkAdvicePage('x', frontmatter(), body, '2026-11-23').problems.some((p) => p.includes('hours'))).toBe(
      true,
    );
  });

  it('fails weekend and other typed hours beside a number, in brackets or after it', () => {
    const typed = [
      'Call {{tel:citizens-advice}} (Saturday mornings).',
      'Call {{tel:citizens-advice}} (weekends only).',
      'Call {{tel:beacon}} (Sundays, 10am to 4pm).',
      'Call {{tel:beacon}} (open all day).',
      'Call {{tel:report-fraud}}, Monday to Friday.',
      'Call {{tel:fca}} on Saturdays too.',
      'Call {{tel:beacon}} at weekends.',
      'Call {{tel:police}} 24/7.',
    ];
    for (const line of typed) {
      const r = checkAdvicePage('x', frontmatter(), `${plainBody}\n${line}\n`, '2026-11-23');
      expect(
        r.problems.some((p) => p.startsWith('opening hours typed beside a number')),
        line,
      ).toBe(true);
    }
  });

  it('passes numbers whose hours come from their tokens, and words near a number that are not hours', () => {
    const fine = [
      'Call {{tel:victim-support}}. It answers at the weekend too.',
      'Call {{tel:bank}} on a different phone if you can.',
      'Call {{tel:report-fraud}} (free), or report online.',
      'Need help on a Saturday? Call {{tel:victim-support}}.',
    ];
    for (const line of fine) {
      const r = checkAdvicePage('x', frontmatter(), `${plainBody}\n${line}\n`, '2026-11-23');
      expect(r.problems, line).toEqual([]);
    }
  });

  it('fails hard, long sentences', () => {
    const long = Array(7)
      .fill('consumers exercising statutory cancellation entitlements communicate declarations')
      .join(', ');
    const hard = `## What to do now\n\n${long}.\n`;
    const r = checkAdvicePage('x', frontmatter(), hard, '2026-11-23');
    expect(r.problems.some((p) => p.startsWith('reading ease'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('average sentence'))).toBe(true);
  });

  it('fails a page that states the law without sources', () => {
    const r = checkAdvicePage('x', frontmatter(), `${plainBody}\nRegulation 30 says so.\n`, '2026-11-23');
    expect(r.problems).toContain('states a law or a figure but lists no sources');
  });

  it('rejects a summary over 160 characters in the schema', () => {
    expect(() => frontmatter({ summary: 'x'.repeat(161) })).toThrow();
  });
});

describe('contactProblems', () => {
  it('passes the real contacts', () => {
    expect(contactProblems(CONTACTS)).toEqual([]);
  });

  it('fails a contact whose description talks about hours that are not recorded', () => {
    const contacts = { x: { name: 'X', when: 'Call Monday to Friday', hours: { open: 'unknown' as const } } };
    expect(contactProblems(contacts)).toEqual([
      'contact x: "Call Monday to Friday" mentions hours, but none are recorded in its hours',
    ]);
  });

  it('fails a description that mentions Saturday, Sunday or the weekend, whatever hours are recorded', () => {
    const always = { open: 'always' as const };
    const limited = { open: 'limited' as const, text: 'Monday to Friday, 9am to 5pm', confirmed: false };
    expect(contactProblems({ x: { name: 'X', when: 'Open Saturdays', hours: always } })).toEqual([
      'contact x: "Open Saturdays" mentions hours, but none are recorded in its hours',
    ]);
    expect(contactProblems({ x: { name: 'X', when: 'Closed on Sunday', hours: always } })).toHaveLength(1);
    expect(
      contactProblems({ x: { name: 'X', when: 'Weekends only', hours: { open: 'unknown' as const } } }),
    ).toHaveLength(1);
    expect(contactProblems({ x: { name: 'X', when: 'Also open Saturday mornings', hours: limited } })).toEqual([
      'contact x: "Also open Saturday mornings" repeats hours in its description: keep them in its hours only',
    ]);
    expect(contactProblems({ x: { name: 'X', when: 'Free support, any time, day or night', hours: always } })).toEqual(
      [],
    );
  });

  it('fails hours marked confirmed without the page that states them', () => {
    const hours = { open: 'limited' as const, text: 'Monday to Friday, 8am to 5pm', confirmed: true };
    expect(contactProblems({ x: { name: 'X', when: 'Complaints', hours } })).toEqual([
      'contact x: hours marked confirmed, but no source page states them',
    ]);
    const sourced = { ...hours, source: 'https://www.example.org/contact-us' };
    expect(contactProblems({ x: { name: 'X', when: 'Complaints', hours: sourced } })).toEqual([]);
  });
});
