/**
 * "What do I do now?" (contract in DESIGN.md): pure, no framework imports, so the pages, a function and
 * any island share it. Questions as data, a navigator, answer parsing and the plan.
 */
export { nextQuestion, previousQuestion, answeredPath, relevantAnswers } from './navigator.ts';
export { parseTriage, PARSE_MESSAGES, type TriageState } from './parse.ts';
export { planFor, type Plan } from './plan.ts';
export type { Step } from './steps.ts';
export {
  ANSWER_VALUES,
  QUESTIONS,
  questionById,
  type Answers,
  type AnswerValue,
  type Question,
  type QuestionId,
} from './questions.ts';
