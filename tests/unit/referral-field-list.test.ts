import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { describe, expect, it } from 'vitest';
import { ReferralForm } from '../../src/components/referral/ReferralForm.tsx';
import { StepQuestions } from '../../src/components/referral/StepQuestions.tsx';
import { answerRows } from '../../src/lib/referral/email.ts';
import { askedFields, EXAMPLE_ANSWERS, isAsked, REFERRAL_FIELDS } from '../../src/lib/referral/fields.ts';
import { QUESTIONS } from '../../src/lib/referral/questions.ts';
import { FIELD_NAMES } from '../../src/lib/referral/schema.ts';
import { CHECK, STEPS } from '../../src/lib/referral/steps.ts';
import { errorsInOrder, validateReferral } from '../../src/lib/referral/validate.ts';

/**
 * The referral's one list of fields (fields.ts) is what every part follows: a field added there is asked
 * by the no-JavaScript form and by one step of the island, in the list's order, checked in that order, and
 * sent to Beacon in that order. Adding a field is one entry and its words; these tests say where else it went.
 */

const names = REFERRAL_FIELDS.map((field) => field.name);
const order = (field: string) => names.indexOf(field as (typeof names)[number]);
const firstNamed = (markup: string, field: string) => markup.search(new RegExp(`name="${field}"`));
const noop = () => undefined;

describe('the referral’s list of fields', () => {
  it('gives each step its fields in one unbroken run, and the steps in the list’s order', () => {
    expect(STEPS.flatMap((step) => step.fields)).toEqual(names);
    expect(STEPS.at(-1)?.id).toBe(CHECK);
  });

  it('reveals a follow-up only from an earlier question on the same step', () => {
    for (const field of REFERRAL_FIELDS) {
      if (!('revealedBy' in field)) continue;
      const parent = REFERRAL_FIELDS.find((other) => other.name === field.revealedBy.field);
      expect(parent, field.name).toBeDefined();
      expect(order(parent!.name), field.name).toBeLessThan(order(field.name));
      expect(parent!.step, field.name).toBe(field.step);
    }
  });

  it('asks every field on the no-JavaScript form, in the list’s order', () => {
    const form = renderToStaticMarkup(createElement(ReferralForm, { answers: {}, errors: {} }));
    const positions = names.map((field) => firstNamed(form, field));
    for (const [i, at] of positions.entries()) expect(at, names[i]).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('asks every field on its own step of the island, once its question’s answer reveals it', () => {
    for (const step of STEPS) {
      if (step.id === CHECK) continue;
      for (const field of step.fields) {
        const fieldSpec = REFERRAL_FIELDS.find((spec) => spec.name === field)!;
        // Answers that reveal this field: the example's, with its question given a value that shows it.
        let answers: Record<string, unknown> = EXAMPLE_ANSWERS;
        if ('revealedBy' in fieldSpec) {
          const { field: question, values } = fieldSpec.revealedBy;
          const many = REFERRAL_FIELDS.find((spec) => spec.name === question)?.control === 'checkboxes';
          answers = { ...EXAMPLE_ANSWERS, [question]: many ? [values[0]] : values[0] };
        }
        expect(isAsked(field, answers), field).toBe(true);
        const markup = renderToStaticMarkup(
          createElement(StepQuestions, { step: step.id, answers, errors: {}, onAnswer: noop }),
        );
        expect(firstNamed(markup, field), `${field} on step ${step.id}`).toBeGreaterThan(-1);
      }
    }
  });

  it('lists errors, and the email lists answers, in the list’s order', () => {
    const everyError = validateReferral({ contactMethod: 'post', reportedTo: ['police', 'none'] });
    expect(everyError.ok).toBe(false);
    const inError = errorsInOrder(everyError.ok ? {} : everyError.fields).map(([field]) => field);
    expect(inError.length).toBeGreaterThan(5);
    expect([...inError].sort((a, b) => FIELD_NAMES.indexOf(a) - FIELD_NAMES.indexOf(b))).toEqual(inError);

    const checked = validateReferral(EXAMPLE_ANSWERS);
    if (!checked.ok) throw new Error(JSON.stringify(checked.fields));
    expect(answerRows(checked.data).map(([label]) => label)).toEqual(
      askedFields(checked.data).map((field) => QUESTIONS[field].short),
    );
  });

  it('has a valid example for every field, so the tests’ one complete referral is valid', () => {
    expect(validateReferral(EXAMPLE_ANSWERS).ok).toBe(true);
    for (const field of REFERRAL_FIELDS) expect(field.rule.safeParse(field.example).success, field.name).toBe(true);
  });
});
