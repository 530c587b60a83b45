import { describe, expect, it } from 'vitest';
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import type { Answers } from '../../src/lib/referral/schema.ts';
import { allowedStep, firstUnfinished, navigate, STEPS, stepIsValid } from '../../src/lib/referral/steps.ts';

/** Every step answered but the last: the one complete referral (fields.ts) before its consent. */
const done: Answers = { ...EXAMPLE_ANSWERS, consent: undefined };

describe('the referral step navigator', () => {
  it('asks one thing per step and ends with "Check your answers"', () => {
    expect(STEPS.map((s) => s.id)).toEqual([
      'who',
      'name',
      'contact',
      'message',
      'best-time',
      'what',
      'details',
      'when',
      'money',
      'told',
      'safety',
      'check',
    ]);
  });

  it('has no Back on the first step', () => {
    expect(navigate('who')).toEqual({ back: null, current: 'who', next: 'name', number: 1, total: 11 });
  });

  it('goes back and forward in order', () => {
    expect(navigate('contact')).toMatchObject({ back: 'name', next: 'message', number: 3 });
  });

  it('has no Continue on "Check your answers"', () => {
    expect(navigate('check')).toMatchObject({ back: 'safety', next: null });
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
