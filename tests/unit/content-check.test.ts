import { describe, expect, it } from 'vitest';
import { adviceSchema } from '../../src/lib/advice-schema.ts';
import { checkAdvicePage } from '../../src/lib/content-check.ts';

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

  it('fails a page whose review date has passed', () => {
    const r = checkAdvicePage('x', frontmatter({ reviewDue: '2026-11-22' }), plainBody, '2026-11-23');
    expect(r.problems).toContain('reviewDue 2026-11-22 has passed');
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
