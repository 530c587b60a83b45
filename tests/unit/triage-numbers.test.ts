import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { everyPlanAnswers } from '../../src/lib/triage/limits.ts';
import { planFor, QUESTIONS } from '../../src/lib/triage/index.ts';

/**
 * A plan refers to every number and every service through its contact record (contacts.ts), never as typed
 * digits or a typed name, so a number or name changed there changes every plan. Two checks, each able to
 * fail on its own: the plans are built with each record's number and name replaced by a marker, so a step
 * that still shows a real one typed it; and the triage's source is read for numbers in its strings, before
 * any record is put in, so a number typed in a step no plan reaches yet is caught too.
 */
const REAL = vi.hoisted(() => ['999', '101', '159', '7726', '0300 123 2040', '0808 223 1133', '03000 11 55 55']);
const REAL_NAMES = vi.hoisted(() => ['Report Fraud', 'Beacon', 'Citizens Advice consumer helpline', 'Victim Support']);

vi.mock('../../src/lib/contacts/contacts.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/contacts/contacts.ts')>();
  const marked = Object.fromEntries(
    Object.entries(real.CONTACTS).map(([id, contact]) => [
      id,
      { ...contact, display: `[number:${id}]`, name: `[name:${id}]` },
    ]),
  );
  return { ...real, CONTACTS: marked, PHISHING_EMAIL: '[email:phishing]' };
});

describe('numbers and names in the plan come from contacts.ts', () => {
  const steps = everyPlanAnswers().flatMap((a) => planFor(a).steps);
  const texts = steps.map((s) => s.text).join('\n');

  it('shows no number a contact record holds, in any step of any plan', () => {
    for (const s of steps) for (const number of REAL) expect(s.text, s.id).not.toMatch(new RegExp(`\\b${number}\\b`));
  });

  it('shows no number at all but through a record: no run of three digits in any step', () => {
    for (const s of steps) expect(s.text, s.id).not.toMatch(/\d{3}/);
  });

  it('names no service but through its record', () => {
    for (const s of steps) for (const name of REAL_NAMES) expect(s.text, s.id).not.toContain(name);
  });

  it('says the records’ numbers and names where a step names one', () => {
    for (const id of ['emergency', 'police', 'bank', 'scam-text']) expect(texts).toContain(`[number:${id}]`);
    for (const id of ['report-fraud', 'beacon', 'citizens-advice']) expect(texts).toContain(`[name:${id}]`);
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

/** Every string and template literal in a file, as written (a template's parts, without what goes in). */
function stringsIn(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    // A step's id ('call-999') names the step for the page and the tests; it is never shown as words.
    const isId = ts.isPropertyAssignment(node.parent) && node.parent.name.getText() === 'id';
    if (
      !isId &&
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))
    ) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  // From the file's children, so every node visited has a parent.
  ts.forEachChild(source, visit);
  return found;
}

describe('the triage’s source types no phone number', () => {
  const dir = new URL('../../src/lib/triage/', import.meta.url).pathname;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('reads every file of the triage', () => {
    expect(files).toEqual(expect.arrayContaining(['steps.ts', 'money-steps.ts', 'plan.ts', 'questions.ts']));
    // The reader finds what it looks for: a step's words, before the record's number goes in.
    const steps = stringsIn(`${dir}steps.ts`).map((s) => s.text);
    expect(steps).toContain(
      ' now. Say where you are, or where the person is, and what is happening. Stay on the line.',
    );
    expect(steps).not.toContain('call-999');
  });

  it.each(files)('%s has no run of three digits in its strings', (file) => {
    const numbers = stringsIn(`${dir}${file}`).filter((s) => /\d{3}/.test(s.text));
    expect(numbers.map((s) => `${file}:${s.line} ${s.text}`)).toEqual([]);
  });
});
