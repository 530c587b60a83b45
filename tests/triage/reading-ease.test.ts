import { describe, expect, it } from 'vitest';
import { readability } from '../../src/lib/advice/readability.ts';
import { QUESTIONS } from '../../src/lib/triage/index.ts';
import { everyPlanAnswers } from '../../src/lib/triage/limits.ts';
import { triageUrl } from '../../src/lib/triage/links.ts';
import { triageFill } from '../../src/render/triage-page.tsx';
import { pageText } from '../support/page-text.ts';
import { SCENARIOS } from './scenarios.ts';

const MIN = 70;

describe('plain English: reading ease of at least 70 on every question and every plan', () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))('the %s question', (_id, q) => {
    const text = [q.legend, q.hint, ...q.options.flatMap((o) => [o.label, o.hint]), q.required, 'Continue']
      .filter(Boolean)
      .join('\n\n');
    expect(readability(text).fleschReadingEase).toBeGreaterThanOrEqual(MIN);
  });

  // Every plan, those for someone in danger whose other answers say money went too.
  const plans = [...everyPlanAnswers(), ...SCENARIOS.map((s) => s.answers)];
  it.each(plans.map((a) => [triageUrl(a), a] as const))('the plan for %s', (_url, answers) => {
    const text = pageText(triageFill({ kind: 'plan', answers }).main.value);
    expect(readability(text).fleschReadingEase).toBeGreaterThanOrEqual(MIN);
  });
});
