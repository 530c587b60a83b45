import type { RefObject } from 'react';
import { explainCancellation, type CancellationAnswer } from '../../lib/cancellation/explain.ts';
import { readAnswers, type CalculatorAnswers, type QuestionErrors } from '../../lib/cancellation/form.ts';
import type { CancellationInput } from '../../lib/cancellation/input.ts';
import type { ContactLine } from '../../lib/contacts/tokens.ts';
import { CancelAnswer, DistanceAnswer } from './CancelAnswer.tsx';
import { CancelLetter } from './CancelLetter.tsx';

/** What the calculator shows: the questions (with any errors), or one of its answers. */
export type CancelView =
  | { kind: 'questions'; errors: QuestionErrors }
  | { kind: 'distance' }
  | { kind: 'answer'; input: CancellationInput; answer: CancellationAnswer };

/** The answers checked on `today` (YYYY-MM-DD, UK): the island and the no-JavaScript answer both use this. */
export function checkAnswers(answers: CalculatorAnswers, today: string): CancelView {
  const outcome = readAnswers(answers, today);
  if (outcome.kind === 'errors') return { kind: 'questions', errors: outcome.errors };
  if (outcome.kind === 'distance') return { kind: 'distance' };
  return {
    kind: 'answer',
    input: outcome.input,
    answer: explainCancellation(outcome.input, outcome.earlyStart, today, outcome.doubts),
  };
}

interface Props {
  view: Exclude<CancelView, { kind: 'questions' }>;
  today: string;
  /** Where to ask for advice: the page passes it in (contactLine), so the island carries one number, not all. */
  adviceLine: ContactLine;
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  /** The island's button back to the questions. */
  onChangeAnswers?: (() => void) | undefined;
  /** Without JavaScript: a link back to the questions, filled in, and a letter to fill in by hand. */
  changeHref?: string | undefined;
}

/** The answer and, when there is one, the filled letter: the same markup in the island and without it. */
export function CancelResult({ view, today, adviceLine, headingRef, onChangeAnswers, changeHref }: Props) {
  const back = { adviceLine, headingRef, onChangeAnswers, changeHref };
  if (view.kind === 'distance') return <DistanceAnswer {...back} />;
  return (
    <>
      <CancelAnswer answer={view.answer} {...back} />
      {view.answer.letter && (
        <CancelLetter
          input={view.input}
          today={today}
          lastDayWritten={view.answer.lastDayWritten}
          staticPage={onChangeAnswers === undefined}
        />
      )}
    </>
  );
}
