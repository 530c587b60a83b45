import { REFERRAL_FIELDS, type AnsweredField } from './fields.ts';
import type { Answers } from './schema.ts';
import { validateReferral } from './validate.ts';

/**
 * The island's journey as data: one thing per step, in order, and pure functions that say where Back and
 * Continue go (the GOV.UK prototype wizard's idea). The steps are fields.ts's, in the order their first
 * field comes. "Check your answers" is the last step; it also holds the consent. When someone follows a
 * Change link, both Back and Continue return to "Check your answers".
 */

export type StepId = (typeof REFERRAL_FIELDS)[number]['step'];
export const CHECK = 'check' satisfies StepId;
export const FIRST_STEP: StepId = REFERRAL_FIELDS[0].step;

export const STEPS: readonly { id: StepId; fields: readonly AnsweredField[] }[] = REFERRAL_FIELDS.reduce<
  { id: StepId; fields: AnsweredField[] }[]
>((steps, field) => {
  const step = steps.find((s) => s.id === field.step);
  if (step) step.fields.push(field.name);
  else steps.push({ id: field.step, fields: [field.name] });
  return steps;
}, []);

/** The step that asks a field. */
export function stepOf(field: AnsweredField): StepId {
  return REFERRAL_FIELDS.find((spec) => spec.name === field)?.step ?? CHECK;
}

export interface Position {
  /** Where the Back link goes; null on the first step. */
  back: StepId | null;
  current: StepId;
  /** Where Continue goes; null on "Check your answers" (it sends instead). */
  next: StepId | null;
  /** 1-based number of the question, and how many there are (not counting "Check your answers"). */
  number: number;
  total: number;
}

export function isStepId(value: unknown): value is StepId {
  return STEPS.some((step) => step.id === value);
}

export function stepFields(id: StepId): readonly AnsweredField[] {
  return STEPS.find((step) => step.id === id)?.fields ?? [];
}

/** Back, current and next for a step; `changing` is true after a Change link on "Check your answers". */
export function navigate(current: StepId, { changing = false } = {}): Position {
  const index = STEPS.findIndex((step) => step.id === current);
  const total = STEPS.length - 1;
  if (changing && current !== CHECK) return { back: CHECK, current, next: CHECK, number: index + 1, total };
  return {
    back: STEPS[index - 1]?.id ?? null,
    current,
    next: STEPS[index + 1]?.id ?? null,
    number: index + 1,
    total,
  };
}

/** Whether a step's answers pass the shared schema's rules. */
export function stepIsValid(id: StepId, answers: Answers): boolean {
  const result = validateReferral(answers, stepFields(id));
  return result.ok || Object.keys(result.fields).length === 0;
}

/** The first step not yet answered well enough, or "Check your answers" if every question is done. */
export function firstUnfinished(answers: Answers): StepId {
  return STEPS.find((step) => step.id !== CHECK && !stepIsValid(step.id, answers))?.id ?? CHECK;
}

/**
 * Where someone may be: the step they asked for (from the address bar, say) if every earlier step is done,
 * otherwise the first unfinished one — so a reload or a bookmark never skips a question.
 */
export function allowedStep(wanted: StepId, answers: Answers): StepId {
  const unfinished = firstUnfinished(answers);
  const order = (id: StepId) => STEPS.findIndex((step) => step.id === id);
  return order(wanted) <= order(unfinished) ? wanted : unfinished;
}
