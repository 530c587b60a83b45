import { QUESTIONS, type Answers, type QuestionId } from './questions.ts';

/**
 * The pure navigator over QUESTIONS: which question comes next, which were asked, which came before.
 * Answers to questions that would not be asked are ignored here; parse.ts reports them as contradictions.
 */

/** The next question to ask, or null when the plan is ready. */
export function nextQuestion(answers: Answers): QuestionId | null {
  return QUESTIONS.find((q) => q.askIf(answers) && answers[q.id] === undefined)?.id ?? null;
}

/** The questions asked and answered, in the order asked. */
export function answeredPath(answers: Answers): QuestionId[] {
  return QUESTIONS.filter((q) => q.askIf(answers) && answers[q.id] !== undefined).map((q) => q.id);
}

/** Only the answers that count: those to questions that would be asked, given the answers before them. */
export function relevantAnswers(answers: Answers): Answers {
  const kept: Record<string, string> = {};
  for (const id of answeredPath(answers)) kept[id] = answers[id] as string;
  return kept;
}

/** The answers to the questions asked before `id` (what a page asking `id` carries forward). */
export function answersBefore(answers: Answers, id: QuestionId): Answers {
  const index = QUESTIONS.findIndex((q) => q.id === id);
  const kept: Record<string, string> = {};
  for (const q of QUESTIONS.slice(0, index)) {
    const value = answers[q.id];
    if (value !== undefined && q.askIf(answers)) kept[q.id] = value;
  }
  return kept;
}

/** The question asked just before `id` (or before the plan when `id` is null), or null for the first. */
export function previousQuestion(answers: Answers, id: QuestionId | null): QuestionId | null {
  const index = id === null ? QUESTIONS.length : QUESTIONS.findIndex((q) => q.id === id);
  const earlier = answeredPath(answers).filter((q) => QUESTIONS.findIndex((x) => x.id === q) < index);
  return earlier.at(-1) ?? null;
}
