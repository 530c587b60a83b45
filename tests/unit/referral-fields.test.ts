import { describe, expect, it } from 'vitest';
import { question } from '../../src/components/referral/ReferralFields.tsx';
import type { Answers } from '../../src/lib/referral/schema.ts';

/** The island's checkboxes as a person ticks them: "No one yet" stands alone; consent is yes or nothing. */
function tick(field: 'reportedTo' | 'consent', answers: Answers, next: string[]): unknown {
  let answered: unknown;
  const control = question(
    {
      answers,
      errors: {},
      onAnswer: (_field, value) => {
        answered = value;
      },
    },
    field,
  ) as { props: unknown };
  (control.props as { onChange: (values: string[]) => void }).onChange(next);
  return answered;
}

describe('the referral’s checkboxes in the island', () => {
  it('clears the others when "No one yet" is ticked, and clears it when another is', () => {
    expect(tick('reportedTo', { reportedTo: ['police', 'bank'] }, ['police', 'bank', 'none'])).toEqual(['none']);
    expect(tick('reportedTo', { reportedTo: ['none'] }, ['none', 'police'])).toEqual(['police']);
    expect(tick('reportedTo', { reportedTo: ['police'] }, ['police', 'bank'])).toEqual(['police', 'bank']);
    expect(tick('reportedTo', { reportedTo: ['police', 'bank'] }, ['bank'])).toEqual(['bank']);
  });

  it('answers consent with "yes" or nothing', () => {
    expect(tick('consent', {}, ['yes'])).toBe('yes');
    expect(tick('consent', { consent: 'yes' }, [])).toBe('');
  });
});
