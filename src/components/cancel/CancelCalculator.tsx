import { useEffect, useRef, useState, type ReactNode } from 'react';
import { explainCancellation, type CancellationAnswer } from '../../lib/cancellation-explain.ts';
import { emptyAnswers, readAnswers, type CalculatorAnswers, type QuestionErrors } from '../../lib/cancellation-form.ts';
import type { CancellationInput } from '../../lib/cancellation-input.ts';
import { CancelAnswer, OtherHelp } from './CancelAnswer.tsx';
import { CancelLetter } from './CancelLetter.tsx';
import { CancelQuestions } from './CancelQuestions.tsx';
import { ukToday } from './uk-today.ts';
import './cancel.css';

interface Props {
  /** What the page shows without JavaScript (and before the island has loaded). */
  children?: ReactNode;
}

type View =
  | { kind: 'questions'; errors: QuestionErrors }
  | { kind: 'distance' }
  | { kind: 'answer'; input: CancellationInput; answer: CancellationAnswer };

/** The "Can I still cancel?" island: questions, then the answer, then the letter. */
export default function CancelCalculator({ children }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [answers, setAnswers] = useState<CalculatorAnswers>(emptyAnswers);
  const [view, setView] = useState<View>({ kind: 'questions', errors: {} });
  const [today, setToday] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef('');

  useEffect(() => {
    baseTitle.current = document.title.replace(/^Error: /, '');
    setToday(ukToday());
    setHydrated(true);
  }, []);

  // Focus follows the journey: the error summary, or the answer's heading (GOV.UK patterns).
  useEffect(() => {
    if (!hydrated) return;
    const hasErrors = view.kind === 'questions' && Object.keys(view.errors).length > 0;
    document.title = hasErrors ? `Error: ${baseTitle.current}` : baseTitle.current;
    if (hasErrors) summaryRef.current?.focus();
    else if (view.kind !== 'questions') headingRef.current?.focus();
  }, [view, hydrated]);

  if (!hydrated) return <>{children}</>;

  const submit = () => {
    const now = ukToday();
    setToday(now);
    const outcome = readAnswers(answers, now);
    if (outcome.kind === 'errors') setView({ kind: 'questions', errors: outcome.errors });
    else if (outcome.kind === 'distance') setView({ kind: 'distance' });
    else
      setView({
        kind: 'answer',
        input: outcome.input,
        answer: explainCancellation(outcome.input, outcome.earlyStart, now, outcome.doubts),
      });
  };
  const back = () => {
    setView({ kind: 'questions', errors: {} });
  };

  if (view.kind === 'questions') {
    return (
      <CancelQuestions
        answers={answers}
        errors={view.errors}
        summaryRef={summaryRef}
        onChange={setAnswers}
        onSubmit={submit}
      />
    );
  }
  if (view.kind === 'distance') {
    return (
      <section aria-labelledby="cancel-answer-heading">
        <h2 id="cancel-answer-heading" tabIndex={-1} ref={headingRef}>
          This checker is for contracts agreed in person
        </h2>
        <p>
          If you bought online, by phone or by post, you usually have 14 days to cancel too. The rules are a little
          different, so ask for advice before the time runs out.
        </p>
        <OtherHelp />
        <button type="button" className="button button--secondary" onClick={back}>
          Change your answers
        </button>
      </section>
    );
  }
  return (
    <>
      <CancelAnswer answer={view.answer} headingRef={headingRef} onChangeAnswers={back} />
      {view.answer.letter && (
        <CancelLetter input={view.input} today={today} lastDayWritten={view.answer.lastDayWritten} />
      )}
    </>
  );
}
