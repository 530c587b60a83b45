import { allCompleteAnswers } from './all-answers.ts';
import { linkLabel, triageUrl, type PageTitles } from './links.ts';
import { answeredPath } from './navigator.ts';
import { planFor } from './plan.ts';
import { needsOf, QUESTIONS, type Answers, type QuestionId } from './questions.ts';
import type { Step } from './steps.ts';

/**
 * The journey's own limits, checked over every path (the tests and `npm run content:check` call
 * triageProblems): someone frightened answers few questions, and gets a plan short enough to do, and to
 * print on one sheet.
 */

/** At most this many questions on any path, the danger question included. */
export const MAX_QUESTIONS = 6;
/** At most this many steps in any plan. */
export const MAX_STEPS = 6;

const pathWords = (path: readonly QuestionId[], answers: Answers) =>
  path.map((id) => `${id}=${answers[id]}`).join(' → ');

/** What is wrong with how many questions a path asks, or null. */
export function pathProblem(answers: Answers, path: readonly QuestionId[] = answeredPath(answers)): string | null {
  if (path.length <= MAX_QUESTIONS) return null;
  return `The path ${pathWords(path, answers)} asks ${path.length} questions: at most ${MAX_QUESTIONS} (MAX_QUESTIONS).`;
}

/** What is wrong with a plan: too many steps, none, a step twice, or a link without words; else nothing. */
export function planProblems(answers: Answers, steps: readonly Step[], titles?: PageTitles): string[] {
  const plan = `The plan for ${triageUrl(answers)}`;
  const ids = steps.map((s) => s.id);
  const problems: string[] = [];
  if (steps.length > MAX_STEPS) {
    problems.push(`${plan} has ${steps.length} steps (${ids.join(', ')}): at most ${MAX_STEPS} (MAX_STEPS).`);
  }
  if (steps.length === 0) problems.push(`${plan} has no steps.`);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) problems.push(`${plan} has the step ${twice.join(', ')} more than once.`);
  for (const s of steps) {
    if (s.contact === undefined && s.href === undefined) problems.push(`${plan}: step ${s.id} has no number or link.`);
    for (const href of [s.href, s.more]) {
      if (titles && href !== undefined && linkLabel(href, titles) === undefined) {
        problems.push(`${plan}: step ${s.id} links to ${href}, which has no title or label (links.ts).`);
      }
    }
  }
  return problems;
}

/** Questions that need a later question, or themselves: the navigator reads them in order, so it cannot. */
export function orderProblems(questions = QUESTIONS): string[] {
  return questions.flatMap((q, i) => {
    const earlier = new Set(questions.slice(0, i).map((x) => x.id));
    return needsOf(q)
      .filter(([id]) => !earlier.has(id))
      .map(([id]) => `The question ${q.id} needs ${id}, which is not asked before it: move ${q.id} after ${id}.`);
  });
}

/**
 * Every plan a visitor can reach: each complete path's, and the same answers after a "yes" to danger, which
 * asks nothing more but may still heed them (plan.ts).
 */
export function everyPlanAnswers(): Answers[] {
  const paths = allCompleteAnswers();
  return [...paths, ...paths.filter((a) => a.danger === 'no').map((a): Answers => ({ ...a, danger: 'yes' }))];
}

/** Everything that breaks the journey's limits, for every path and plan; empty when all is well. */
export function triageProblems(titles?: PageTitles): string[] {
  return [
    ...orderProblems(),
    ...allCompleteAnswers().flatMap((a) => pathProblem(a) ?? []),
    ...everyPlanAnswers().flatMap((a) => planProblems(a, planFor(a).steps, titles)),
  ];
}
