import { answeredPath, answersBefore, nextQuestion } from './navigator.ts';
import { isAnswerValue, isQuestionId, QUESTIONS, type Answers, type QuestionId } from './questions.ts';

/**
 * Reads answers from a URL's query (the no-JavaScript journey: GET forms and shared links) and decides what
 * to show: the next question, a question again with an error, or the plan. Never throws, whatever the input.
 * Besides the answers, `asked` names the question a form was answering (so Continue with nothing chosen is
 * an error), and `change` re-asks an earlier question with its answer chosen (the back link).
 */

export const ASKED = 'asked';
const CHANGE = 'change';

export const PARSE_MESSAGES = {
  unknown: 'Choose one of the answers below',
  several: 'Choose only one answer',
  contradiction: 'Some of your answers do not fit together. Check this answer, then press Continue',
  first: 'Answer this question first',
} as const;

export type TriageState =
  | {
      kind: 'question';
      question: QuestionId;
      /** The answers the question page carries forward (hidden fields), never including `question`. */
      answers: Answers;
      /** The answer already chosen (when changing an answer, or after a contradiction). */
      selected?: string;
      error?: string;
    }
  | { kind: 'plan'; answers: Answers };

function ask(question: QuestionId, answers: Answers, extra: { selected?: string; error?: string } = {}): TriageState {
  const state: TriageState = { kind: 'question', question, answers: answersBefore(answers, question) };
  if (extra.selected !== undefined) state.selected = extra.selected;
  if (extra.error !== undefined) state.error = extra.error;
  return state;
}

export function parseTriage(params: URLSearchParams): TriageState {
  const answers: Record<string, string> = {};
  const sofar = () => answers as Answers;
  for (const q of QUESTIONS) {
    const values = [...new Set(params.getAll(q.id).map((v) => v.trim()))].filter((v) => v !== '');
    if (values.length === 0) continue;
    if (!q.askIf(sofar())) {
      // An answer to a question these answers would never ask: re-ask the question that decides it.
      const parent = q.after ?? q.id;
      const chosen = answers[parent];
      return ask(parent, sofar(), {
        ...(chosen ? { selected: chosen } : {}),
        error: chosen ? PARSE_MESSAGES.contradiction : PARSE_MESSAGES.first,
      });
    }
    if (values.length > 1) return ask(q.id, sofar(), { error: PARSE_MESSAGES.several });
    const value = values[0]!;
    if (!isAnswerValue(q.id, value)) return ask(q.id, sofar(), { error: PARSE_MESSAGES.unknown });
    answers[q.id] = value;
  }

  const change = params.get(CHANGE);
  if (change && isQuestionId(change) && answeredPath(sofar()).includes(change)) {
    return ask(change, sofar(), { selected: answers[change]! });
  }

  const next = nextQuestion(sofar());
  if (next === null) return { kind: 'plan', answers: sofar() };
  const asked = params.get(ASKED);
  if (asked === next) {
    const q = QUESTIONS.find((x) => x.id === next)!;
    return ask(next, sofar(), { error: q.required });
  }
  return ask(next, sofar());
}
