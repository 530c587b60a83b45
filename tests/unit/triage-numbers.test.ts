import { describe, expect, it, vi } from 'vitest';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import { planFor, QUESTIONS } from '../../src/lib/triage/index.ts';

/**
 * A plan refers to every number through its contact record (contacts.ts), never as typed digits, so a
 * number changed there changes every plan. Here each record's number is replaced by a marker: a step that
 * still shows a real number, or the scam email address, typed it.
 */
const REAL = vi.hoisted(() => ['999', '101', '159', '7726', '0300 123 2040', '0808 223 1133', '03000 11 55 55']);

vi.mock('../../src/lib/contacts/contacts.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/contacts/contacts.ts')>();
  const marked = Object.fromEntries(
    Object.entries(real.CONTACTS).map(([id, contact]) => [id, { ...contact, display: `[number:${id}]` }]),
  );
  return { ...real, CONTACTS: marked, PHISHING_EMAIL: '[email:phishing]' };
});

describe('numbers in the plan come from contacts.ts', () => {
  const steps = allCompleteAnswers().flatMap((a) => planFor(a).steps);

  it('shows no number a contact record holds, in any step of any plan', () => {
    for (const s of steps) for (const number of REAL) expect(s.text, s.id).not.toMatch(new RegExp(`\\b${number}\\b`));
  });

  it('says the records’ numbers where a step names one', () => {
    const texts = steps.map((s) => s.text).join('\n');
    for (const id of ['emergency', 'police', 'bank', 'scam-text']) expect(texts).toContain(`[number:${id}]`);
    expect(texts).toContain('[email:phishing]');
    expect(texts).not.toContain('report@phishing.gov.uk');
  });

  it('types no number in the questions either', () => {
    const words = QUESTIONS.flatMap((q) => [
      q.legend,
      q.hint,
      q.required,
      ...q.options.flatMap((o) => [o.label, o.hint]),
    ]);
    for (const text of words.filter(Boolean)) for (const number of REAL) expect(text).not.toContain(number);
  });
});
