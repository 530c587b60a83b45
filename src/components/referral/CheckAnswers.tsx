import type { Ref } from 'react';
import { displayAnswer, QUESTIONS, type AnsweredField } from '../../lib/referral/questions.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import { STEPS, type StepId } from '../../lib/referral/steps.ts';
import { Button } from '../ui/Button.tsx';
import { SummaryList } from '../ui/SummaryList.tsx';
import { checkboxesQuestion } from './ReferralFields.tsx';
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

/** The answers worth listing: the chosen contact detail only, and the reference number only if given. */
function shownFields(answers: Answers): AnsweredField[] {
  return STEPS.flatMap((step) => step.fields as readonly string[]).filter((field): field is AnsweredField => {
    if (field === 'consent' || !(field in QUESTIONS)) return false;
    if (field === 'phone' || field === 'email') return answers.contactMethod === field;
    if (field === 'address' || field === 'postcode') return answers.contactMethod === 'post';
    if (field === 'crimeReference') return Boolean(answers.crimeReference);
    return true;
  });
}

const stepOf = (field: AnsweredField): StepId =>
  STEPS.find((step) => (step.fields as readonly string[]).includes(field))?.id ?? 'who';

export function CheckAnswers({ answers, consentError, sending, headingRef, changeHref, onChange, onConsent }: Props) {
  const rows = shownFields(answers).map((field) => ({
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
      {checkboxesQuestion(
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
