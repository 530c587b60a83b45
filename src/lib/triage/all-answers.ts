import { nextQuestion } from './navigator.ts';
import { questionById, type Answers } from './questions.ts';

/**
 * Every complete path through the questions, as the answers that end it, in question order. Small (a few
 * dozen), so tests can walk every one; it would also let the plans be built ahead as static pages.
 */
export function allCompleteAnswers(start: Answers = {}): Answers[] {
  const next = nextQuestion(start);
  if (next === null) return [start];
  return questionById(next).options.flatMap((option) => allCompleteAnswers({ ...start, [next]: option.value }));
}
