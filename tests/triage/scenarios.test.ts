import { describe, expect, it } from 'vitest';
import { nextQuestion, planFor } from '../../src/lib/triage/index.ts';
import { SCENARIOS } from './scenarios.ts';

describe('scenarios: what residents say, and the steps their plan must start with', () => {
  it('has at least 40 scenarios, each with a different description', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SCENARIOS.map((s) => s.said)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS.map((s) => [s.said, s] as const))('%s', (_said, scenario) => {
    // Each scenario's answers are a complete path: no question is left to ask.
    expect(nextQuestion(scenario.answers)).toBeNull();
    const ids = planFor(scenario.answers).steps.map((s) => s.id);
    expect(ids.slice(0, scenario.first.length)).toEqual(scenario.first);
    for (const id of scenario.also ?? []) expect(ids).toContain(id);
    for (const id of scenario.never ?? []) expect(ids).not.toContain(id);
  });
});
