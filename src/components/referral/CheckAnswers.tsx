import type { Ref } from 'react';
import { askedFields } from '../../lib/referral/fields.ts';
import { displayAnswer, QUESTIONS } from '../../lib/referral/questions.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import { CHECK, stepOf, type StepId } from '../../lib/referral/steps.ts';
import { Button } from '../ui/Button.tsx';
import { SummaryList } from '../ui/SummaryList.tsx';
import { question } from './ReferralFields.tsx';
import { DangerAdvice } from './StepQuestions.tsx';

/** "Check your answers": every answer with a Change link, then the consent and the Send button (submits the form). */

interface Props {
  answers: Answers;
  consentError: string | undefined;
  sending: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  changeHref: (step: StepId) => string;
  onChange: (step: StepId) => void;
  onConsent: (value: string) => void;
}

export function CheckAnswers({ answers, consentError, sending, headingRef, changeHref, onChange, onConsent }: Props) {
  // Every question asked, in the form's order, but the consent: this page asks it.
  const rows = askedFields(answers)
    .filter((field) => stepOf(field) !== CHECK)
    .map((field) => ({
      key: QUESTIONS[field].short,
      value: <span className="referral-answer">{displayAnswer(field, answers)}</span>,
      action: (
        <a
          href={changeHref(stepOf(field))}
          onClick={(event) => {
            event.preventDefault();
            onChange(stepOf(field));
          }}
        >
          Change<span className="visually-hidden"> {QUESTIONS[field].short.toLowerCase()}</span>
        </a>
      ),
    }));
  return (
    <>
      <h3 className="referral-question" tabIndex={-1} ref={headingRef}>
        Check your answers
      </h3>
      {answers.feelUnsafe === 'yes' && <DangerAdvice />}
      <SummaryList rows={rows} />
      <h3>Now send your answers</h3>
      <p>Beacon will use your answers only to contact you and help you.</p>
      {question(
        {
          answers,
          errors: consentError ? { consent: consentError } : {},
          onAnswer: (_field, value) => {
            onConsent(typeof value === 'string' ? value : '');
          },
        },
        'consent',
      )}
      <Button ariaDisabled={sending}>{sending ? 'Sending…' : 'Send to Beacon'}</Button>
    </>
  );
}
