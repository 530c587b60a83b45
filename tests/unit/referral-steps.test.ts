import { describe, expect, it } from 'vitest';
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import type { Answers } from '../../src/lib/referral/schema.ts';
import { allowedStep, firstUnfinished, navigate, STEPS, stepIsValid } from '../../src/lib/referral/steps.ts';

/** Every step answered but the last: the one complete referral (fields.ts) before its consent. */
const done: Answers = { ...EXAMPLE_ANSWERS, consent: undefined };

describe('the referral step navigator', () => {
  const ids = STEPS.map((step) => step.id);

  it('asks one thing per step, each step once, and ends with "Check your answers"', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('who');
    expect(ids.at(-1)).toBe('check');
  });

  it('has no Back on the first step', () => {
    expect(navigate('who')).toEqual({ back: null, current: 'who', next: ids[1], number: 1, total: ids.length - 1 });
  });

  it('goes back and forward in order', () => {
    for (const [i, id] of ids.entries()) {
      expect(navigate(id)).toMatchObject({ back: ids[i - 1] ?? null, next: ids[i + 1] ?? null, number: i + 1 });
    }
  });

  it('has no Continue on "Check your answers"', () => {
    expect(navigate('check')).toMatchObject({ back: ids.at(-2), next: null });
  });

  it('returns to "Check your answers" both ways after a Change link', () => {
    expect(navigate('name', { changing: true })).toMatchObject({ back: 'check', current: 'name', next: 'check' });
  });

  it('validates a step with the shared schema', () => {
    expect(stepIsValid('name', {})).toBe(false);
    expect(stepIsValid('name', { name: 'Ada' })).toBe(true);
    expect(stepIsValid('contact', { contactMethod: 'email', email: 'nope' })).toBe(false);
    expect(stepIsValid('best-time', {})).toBe(true);
  });

  it('finds the first unfinished step, or "Check your answers" when all are done', () => {
    expect(firstUnfinished({})).toBe('who');
    expect(firstUnfinished({ forWhom: 'self', name: 'Ada' })).toBe('contact');
    expect(firstUnfinished(done)).toBe('check');
  });

  it('never lets a reload or bookmark skip an unanswered question', () => {
    expect(allowedStep('safety', { forWhom: 'self' })).toBe('name');
    expect(allowedStep('who', { forWhom: 'self' })).toBe('who');
    expect(allowedStep('check', done)).toBe('check');
  });
});
