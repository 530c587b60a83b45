import { describe, expect, it } from 'vitest';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import {
  answeredPath,
  MAX_QUESTIONS,
  nextQuestion,
  previousQuestion,
  QUESTIONS,
  relevantAnswers,
} from '../../src/lib/triage/index.ts';
import { orderProblems } from '../../src/lib/triage/limits.ts';
import { triageUrl } from '../../src/lib/triage/links.ts';
import { questionStatuses } from '../../src/lib/triage/navigator.ts';

describe('the triage navigator', () => {
  it('asks first whether anyone is in danger now', () => {
    expect(nextQuestion({})).toBe('danger');
    expect(QUESTIONS[0]?.id).toBe('danger');
  });

  it('makes the plan ready at once when someone is in danger', () => {
    expect(nextQuestion({ danger: 'yes' })).toBeNull();
  });

  it('asks what has happened when no one is in danger', () => {
    expect(nextQuestion({ danger: 'no' })).toBe('situation');
  });

  it('asks how they paid, then when, for money sent or details given', () => {
    const a = { danger: 'no', situation: 'paid-or-shared' } as const;
    expect(nextQuestion(a)).toBe('payment');
    expect(nextQuestion({ ...a, payment: 'card' })).toBe('when');
    expect(nextQuestion({ ...a, payment: 'card', when: 'today' })).toBeNull();
  });

  it('asks how they got in touch and whether they replied, for a message that might be a scam', () => {
    const a = { danger: 'no', situation: 'contacted' } as const;
    expect(nextQuestion(a)).toBe('channel');
    expect(nextQuestion({ ...a, channel: 'text' })).toBe('engaged');
    expect(nextQuestion({ ...a, channel: 'text', engaged: 'no' })).toBe('shaken');
    expect(nextQuestion({ ...a, channel: 'text', engaged: 'yes' })).toBe('gave');
  });

  it('asks when, then whether they paid, for agreed work', () => {
    const a = { danger: 'no', situation: 'agreed-work' } as const;
    expect(nextQuestion(a)).toBe('when');
    expect(nextQuestion({ ...a, when: 'today' })).toBe('paid');
    expect(nextQuestion({ ...a, when: 'today', paid: 'bank-transfer' })).toBe('shaken');
  });

  it('asks whether they are still targeted, then about money, for someone else', () => {
    const a = { danger: 'no', situation: 'someone-else' } as const;
    expect(nextQuestion(a)).toBe('targeted');
    expect(nextQuestion({ ...a, targeted: 'yes' })).toBe('their-money');
    expect(nextQuestion({ ...a, targeted: 'yes', 'their-money': 'no' })).toBeNull();
  });

  it('asks whether a caller who has gone took anything or was paid', () => {
    const a = { danger: 'no', situation: 'caller-was-here' } as const;
    expect(nextQuestion(a)).toBe('took-or-paid');
    expect(nextQuestion({ ...a, 'took-or-paid': 'cash' })).toBe('shaken');
  });

  it('asks nothing more when someone is at the door now: the plan comes at once', () => {
    expect(nextQuestion({ danger: 'no', situation: 'at-door-now' })).toBeNull();
  });

  it('asks nothing more when a "courier" is coming to collect: 999 comes at once', () => {
    expect(nextQuestion({ danger: 'no', situation: 'collection' })).toBeNull();
  });

  it('keeps the contract’s ids and values, and only adds to them', () => {
    const contract = {
      danger: ['yes', 'no'],
      situation: ['at-door-now', 'caller-was-here', 'contacted', 'paid-or-shared', 'agreed-work', 'someone-else'],
      payment: ['bank-transfer', 'card', 'cash', 'gift-cards-or-crypto', 'details-only'],
      channel: ['phone', 'text', 'email', 'letter', 'online'],
      engaged: ['yes', 'no'],
      when: ['today', 'this-week', 'longer'],
    } as const;
    for (const [id, values] of Object.entries(contract)) {
      const q = QUESTIONS.find((x) => x.id === id);
      expect(q, id).toBeDefined();
      for (const v of values) expect(q!.options.map((o) => o.value)).toContain(v);
    }
  });

  it('ignores answers to questions these answers would not ask', () => {
    const a = { danger: 'no', situation: 'agreed-work', payment: 'cash', when: 'today' } as const;
    expect(answeredPath(a)).toEqual(['danger', 'situation', 'when']);
    expect(relevantAnswers(a)).toEqual({ danger: 'no', situation: 'agreed-work', when: 'today' });
  });

  it('goes back to the question asked before, or to none from the first', () => {
    const a = { danger: 'no', situation: 'contacted', channel: 'email' } as const;
    expect(previousQuestion(a, 'engaged')).toBe('channel');
    expect(previousQuestion(a, 'situation')).toBe('danger');
    expect(previousQuestion({}, 'danger')).toBeNull();
    expect(previousQuestion({ danger: 'yes' }, null)).toBe('danger');
  });

  it('has few questions on every path, and every path ends in a plan', () => {
    const paths = allCompleteAnswers();
    // Every path once, and every answer to every question chosen on some path: none is lost or unreachable.
    expect(new Set(paths.map((a) => triageUrl(a))).size).toBe(paths.length);
    for (const q of QUESTIONS) {
      const chosen = new Set(paths.map((a) => a[q.id]).filter((v) => v !== undefined));
      expect([...chosen].sort(), q.id).toEqual(q.options.map((o) => o.value).sort());
    }
    for (const answers of paths) {
      expect(nextQuestion(answers)).toBeNull();
      expect(answeredPath(answers).length).toBeLessThanOrEqual(MAX_QUESTIONS);
    }
  });

  it('names only earlier questions in what each question needs, so one pass in order decides', () => {
    expect(orderProblems()).toEqual([]);
    const [danger, situation] = QUESTIONS;
    expect(orderProblems([situation!, danger!])).toEqual([
      'The question situation needs danger, which is not asked before it: move situation after danger.',
    ]);
  });

  it('sorts answers into those asked, those waiting for an earlier answer, and those skipped', () => {
    const statuses = questionStatuses({ situation: 'contacted', channel: 'text', payment: 'card' });
    expect(statuses.get('danger')).toBe('asked');
    expect(statuses.get('situation')).toBe('waiting');
    expect(statuses.get('channel')).toBe('waiting');
    expect(statuses.get('payment')).toBe('skipped');
    // A question that needs a skipped one is skipped too.
    expect(questionStatuses({ danger: 'yes', situation: 'contacted', engaged: 'yes' }).get('gave')).toBe('skipped');
  });
});
