/**
 * "What do I do now?" (contract in DESIGN.md): pure, no framework imports, so the pages, a function and
 * any island share it. Questions as data, a navigator, answer parsing and the plan. Everything here is the
 * contract, used or not inside the site today: knip is told so with @public.
 */
/** @public */
export { nextQuestion, previousQuestion, answeredPath, relevantAnswers } from './navigator.ts';
/** @public */
export { parseTriage, PARSE_MESSAGES, type TriageState } from './parse.ts';
/** @public */
export { planFor, type Plan } from './plan.ts';
/** @public */
export { MAX_QUESTIONS, MAX_STEPS, triageProblems } from './limits.ts';
/** @public */
export type { Step } from './steps.ts';
/** @public */
export {
  ANSWER_VALUES,
  QUESTIONS,
  questionById,
  type Answers,
  type AnswerValue,
  type Question,
  type QuestionId,
} from './questions.ts';
