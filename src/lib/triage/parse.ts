import {
  answeredPath,
  answersBefore,
  keptAnswers,
  nextQuestion,
  questionStatuses,
  relevantAnswers,
} from './navigator.ts';
import { isAnswerValue, isQuestionId, questionById, QUESTIONS, type Answers, type QuestionId } from './questions.ts';

/**
 * Reads answers from a URL's query (the no-JavaScript journey: GET forms and shared links) and decides what
 * to show: the next question, a question again with an error, or the plan. Never throws, whatever the input.
 * Every answer still on the path the answers make is kept, so a bookmarked or hand-made address asks only
 * what it does not say yet (the navigator decides which answers count, from each question's `needs`).
 * Besides the answers, `asked` names the question a form was answering (so Continue with nothing chosen is
 * an error), and `change` re-asks an earlier question with its answer chosen (the back link).
 */

export const ASKED = 'asked';
const CHANGE = 'change';

export const PARSE_MESSAGES = {
  unknown: 'Choose one of the answers below',
  several: 'Choose only one answer',
} as const;

export type TriageState =
  | {
      kind: 'question';
      question: QuestionId;
      /**
       * The answers the question page carries forward (hidden fields), never including `question`: those
       * that count, and those waiting for this or another earlier answer, so none is asked twice.
       */
      answers: Answers;
      /** The answer already chosen (when changing an answer with the back link). */
      selected?: string;
      error?: string;
    }
  | {
      kind: 'plan';
      /** The answers on the path: the ones the plan is for. */
      answers: Answers;
      /** Other answers the address gave, to questions this path does not ask (plan.ts may still heed them). */
      told?: Answers;
    };

function ask(question: QuestionId, answers: Answers, extra: { selected?: string; error?: string } = {}): TriageState {
  const carried: Answers = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== question));
  const state: TriageState = { kind: 'question', question, answers: carried };
  if (extra.selected !== undefined) state.selected = extra.selected;
  if (extra.error !== undefined) state.error = extra.error;
  return state;
}

/** The one answer given to a question, or why there is none to take: several, or one it does not know. */
function readAnswer(params: URLSearchParams, id: QuestionId): { value?: string; error?: string } {
  const values = [...new Set(params.getAll(id).map((v) => v.trim()))].filter((v) => v !== '');
  if (values.length === 0) return {};
  if (values.length > 1) return { error: PARSE_MESSAGES.several };
  const value = values[0]!;
  return isAnswerValue(id, value) ? { value } : { error: PARSE_MESSAGES.unknown };
}

export function parseTriage(params: URLSearchParams): TriageState {
  // Every answer the address holds is read, in question order, whatever order it came in. One that is not
  // asked on the path the others make is set aside (`told`), never an error: a bookmarked or hand-made
  // address can say more than the path needs. A bad answer to a question that is asked is asked again.
  const answers: Record<string, string> = {};
  const told: Record<string, string> = {};
  let problem: { question: QuestionId; error: string } | undefined;
  for (const q of QUESTIONS) {
    const { value, error } = readAnswer(params, q.id);
    if (value === undefined && error === undefined) continue;
    const status = questionStatuses(answers).get(q.id);
    if (status === 'skipped') {
      if (value !== undefined) told[q.id] = value;
    } else if (value !== undefined) {
      answers[q.id] = value;
    } else if (status === 'asked' && problem === undefined) {
      problem = { question: q.id, error: error! };
    }
  }
  const given = answers as Answers;
  if (problem) return ask(problem.question, keptAnswers(given), { error: problem.error });

  const change = params.get(CHANGE);
  if (change && isQuestionId(change) && answeredPath(given).includes(change)) {
    return ask(change, answersBefore(given, change), { selected: answers[change]! });
  }

  const next = nextQuestion(given);
  if (next === null) {
    const plan: TriageState = { kind: 'plan', answers: relevantAnswers(given) };
    if (Object.keys(told).length > 0) plan.told = told;
    return plan;
  }
  const error = params.get(ASKED) === next ? questionById(next).required : undefined;
  return ask(next, keptAnswers(given), error === undefined ? {} : { error });
}
