import { needsOf, QUESTIONS, type Answers, type QuestionId } from './questions.ts';

/**
 * The pure navigator over QUESTIONS: which question comes next, which were asked, which came before. Each
 * question is asked when the answers its `needs` reads lead to it, so any set of answers (from a form, a
 * bookmark or an address typed by hand) sorts into three kinds, whatever order it came in:
 * - asked: every answer it needs is given, on the path, and leads here;
 * - waiting: nothing rules it out yet, but an answer it needs is still to come (kept, and counted once it is);
 * - skipped: an answer it needs leads elsewhere, or was itself skipped (ignored by the plan).
 */

export type QuestionStatus = 'asked' | 'waiting' | 'skipped';

/** Each question's status for these answers. Needs only name earlier questions, so one pass in order does. */
export function questionStatuses(answers: Answers): Map<QuestionId, QuestionStatus> {
  const statuses = new Map<QuestionId, QuestionStatus>();
  for (const q of QUESTIONS) {
    let status: QuestionStatus = 'asked';
    for (const [id, leadHere] of needsOf(q)) {
      const value = answers[id];
      if (statuses.get(id) === 'skipped' || (value !== undefined && !leadHere.includes(value))) {
        status = 'skipped';
        break;
      }
      if (value === undefined || statuses.get(id) === 'waiting') status = 'waiting';
    }
    statuses.set(q.id, status);
  }
  return statuses;
}

/** The answers to the questions with one status, keyed as in the answers. */
function answersWith(answers: Answers, wanted: (status: QuestionStatus) => boolean): Answers {
  const statuses = questionStatuses(answers);
  const kept: Record<string, string> = {};
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (value !== undefined && wanted(statuses.get(q.id)!)) kept[q.id] = value;
  }
  return kept;
}

/** The next question to ask, or null when the plan is ready. */
export function nextQuestion(answers: Answers): QuestionId | null {
  const statuses = questionStatuses(answers);
  return QUESTIONS.find((q) => statuses.get(q.id) === 'asked' && answers[q.id] === undefined)?.id ?? null;
}

/** The questions asked and answered, in the order asked. */
export function answeredPath(answers: Answers): QuestionId[] {
  return Object.keys(relevantAnswers(answers)) as QuestionId[];
}

/** Only the answers that count: those to questions asked on the path the answers make. */
export function relevantAnswers(answers: Answers): Answers {
  return answersWith(answers, (status) => status === 'asked');
}

/** The answers a question page carries forward: those that count, and those waiting for an earlier answer. */
export function keptAnswers(answers: Answers): Answers {
  return answersWith(answers, (status) => status !== 'skipped');
}

/** Answers to questions these answers would not ask: ignored, but a plan may still heed them (plan.ts). */
export function skippedAnswers(answers: Answers): Answers {
  return answersWith(answers, (status) => status === 'skipped');
}

/** The answers to the questions asked before `id` (what a page changing `id` carries forward). */
export function answersBefore(answers: Answers, id: QuestionId): Answers {
  const index = QUESTIONS.findIndex((q) => q.id === id);
  const before = new Set(QUESTIONS.slice(0, index).map((q) => q.id));
  return Object.fromEntries(Object.entries(relevantAnswers(answers)).filter(([q]) => before.has(q as QuestionId)));
}

/** The question asked just before `id` (or before the plan when `id` is null), or null for the first. */
export function previousQuestion(answers: Answers, id: QuestionId | null): QuestionId | null {
  const index = id === null ? QUESTIONS.length : QUESTIONS.findIndex((q) => q.id === id);
  const earlier = answeredPath(answers).filter((q) => QUESTIONS.findIndex((x) => x.id === q) < index);
  return earlier.at(-1) ?? null;
}
