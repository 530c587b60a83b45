import { useEffect, useRef, useState } from 'react';
import { emptyAnswers, type CalculatorAnswers } from '../../lib/cancellation/form.ts';
import { useIslandForm } from '../ui/useIslandForm.ts';
import { CancelQuestions } from './CancelQuestions.tsx';
import { CancelResult, checkAnswers, type CancelView } from './CancelResult.tsx';
import { ukToday } from '../../lib/calendar-date.ts';
import type { ContactLine } from '../../lib/contacts/tokens.ts';
import '../ui/ui.css';
import './cancel.css';

/**
 * The "Can I still cancel?" island: questions, then the answer, then the letter. As built, and until it
 * hydrates, it is the plain GET form the Worker answers (functions/can-i-still-cancel/), so the button
 * works before the island has loaded and without JavaScript; then the island takes over the submit.
 * `adviceLine` comes from the page (contactLine('citizens-advice')), so the script carries one number, not
 * every contact the site has.
 */
export default function CancelCalculator({ adviceLine }: { adviceLine: ContactLine }) {
  const [answers, setAnswers] = useState<CalculatorAnswers>(emptyAnswers);
  const [view, setView] = useState<CancelView>({ kind: 'questions', errors: {} });
  const [today, setToday] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasErrors = view.kind === 'questions' && Object.keys(view.errors).length > 0;
  const { hydrated, summaryRef } = useIslandForm(hasErrors, view);

  useEffect(() => {
    setToday(ukToday());
  }, []);

  // Focus follows the journey to the answer's heading (GOV.UK); the hook moves it to the error summary.
  useEffect(() => {
    if (hydrated && view.kind !== 'questions') headingRef.current?.focus();
  }, [view, hydrated]);

  if (!hydrated) return <CancelQuestions answers={answers} errors={{}} />;

  if (view.kind === 'questions') {
    return (
      <CancelQuestions
        answers={answers}
        errors={view.errors}
        summaryRef={summaryRef}
        onChange={setAnswers}
        onSubmit={() => {
          const now = ukToday();
          setToday(now);
          setView(checkAnswers(answers, now));
        }}
      />
    );
  }
  return (
    <CancelResult
      view={view}
      today={today}
      adviceLine={adviceLine}
      headingRef={headingRef}
      onChangeAnswers={() => {
        setView({ kind: 'questions', errors: {} });
      }}
    />
  );
}
