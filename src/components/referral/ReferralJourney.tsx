import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { numberWithHoursText } from '../../lib/contacts/tokens.ts';
import {
  clearJourney,
  loadJourney,
  readyToSend,
  saveJourney,
  withAnswer,
  type Journey,
} from '../../lib/referral/journey-storage.ts';
import { confirmationUrl } from '../../lib/referral/paths.ts';
import type { AnsweredField } from '../../lib/referral/fields.ts';
import { questionText } from '../../lib/referral/questions.ts';
import type { FieldName } from '../../lib/referral/schema.ts';
import {
  allowedStep,
  CHECK,
  FIRST_STEP,
  isStepId,
  navigate,
  stepFields,
  stepOf,
  type StepId,
} from '../../lib/referral/steps.ts';
import { summaryErrors } from '../../lib/referral/summary-errors.ts';
import { validateReferral, type FieldErrors } from '../../lib/referral/validate.ts';
import { Button } from '../ui/Button.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { useIslandForm } from '../ui/useIslandForm.ts';
import '../ui/ui.css';
import { sendReferral } from './api-client.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { ReferralForm } from './ReferralForm.tsx';
import { StepQuestions } from './StepQuestions.tsx';

/**
 * The referral, one question per step (GOV.UK "one thing per page"), with Back links and the browser's Back
 * button both working (each step is a history entry, ?step=…), answers kept in sessionStorage, and the same
 * validation rules as the function. As built, and until it has loaded, it is the plain one-page form that posts
 * to the function (ReferralForm), so it works before the island has loaded and without JavaScript.
 */

const OFFLINE = `Your answers could not be sent. Check you are connected to the internet and try again, or call Beacon on ${numberWithHoursText('beacon')}.`;

function stepUrl(step: StepId, changing: boolean): string {
  return `${location.pathname}?step=${step}${changing ? '&change=1' : ''}`;
}

function readLocation(journey: Journey): { step: StepId; changing: boolean } {
  const params = new URLSearchParams(location.search);
  const wanted = params.get('step');
  const step = isStepId(wanted) ? allowedStep(wanted, journey.answers) : FIRST_STEP;
  return { step, changing: params.get('change') === '1' && step !== CHECK };
}

/** The step to open for an error: a question's own step; the submission id's, which no step asks, is here. */
const ownerOf = (field: FieldName): StepId => (field === 'submissionId' || field === 'website' ? CHECK : stepOf(field));

/**
 * The error summary's items on a step: a field on this step is linked as on the no-JavaScript form
 * (`#field`); errors on "Check your answers" can belong to any step, and their links open that step.
 */
export function stepSummaryErrors(errors: FieldErrors, step: StepId) {
  return summaryErrors(errors, (field) => (ownerOf(field) === step ? `#${field}` : stepUrl(ownerOf(field), true)));
}

export default function ReferralJourney() {
  const [journey, setJourney] = useState<Journey>({ answers: {}, submissionId: '', sentAnswers: '' });
  const [place, setPlace] = useState<{ step: StepId; changing: boolean }>({ step: FIRST_STEP, changing: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // Counts the checks that failed, so focus moves to the error summary again even if the errors are the same.
  const [failedChecks, setFailedChecks] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const journeyRef = useRef(journey);
  const moved = useRef(false);
  journeyRef.current = journey;

  // Each step has its own title; focus moves to the question (or, in the hook, to the error summary).
  const hasErrors = Object.keys(errors).length > 0 || problem !== null;
  const stepTitle =
    place.step === CHECK
      ? 'Check your answers'
      : questionText(stepFields(place.step)[0] ?? 'forWhom', journey.answers.forWhom);
  const { hydrated, summaryRef } = useIslandForm(hasErrors, failedChecks, { titlePrefix: stepTitle });

  useEffect(() => {
    const saved = loadJourney(sessionStorage) ?? { answers: {}, submissionId: '', sentAnswers: '' };
    setJourney(saved);
    const start = readLocation(saved);
    setPlace(start);
    // A bookmark or reload can't skip questions: show the address of the step actually shown.
    if (new URLSearchParams(location.search).has('step')) {
      history.replaceState(null, '', stepUrl(start.step, start.changing));
    }
    const onPopState = () => {
      moved.current = true;
      setPlace(readLocation(journeyRef.current));
      setErrors({});
      setProblem(null);
    };
    addEventListener('popstate', onPopState);
    return () => {
      removeEventListener('popstate', onPopState);
    };
  }, []);

  useEffect(() => {
    if (hydrated && !hasErrors && moved.current) headingRef.current?.focus();
  }, [place, hasErrors, hydrated]);

  if (!hydrated) return <ReferralForm answers={{}} errors={{}} />;

  const { answers } = journey;
  const position = navigate(place.step, { changing: place.changing });

  const go = (step: StepId, changing = false) => {
    moved.current = true;
    setErrors({});
    setProblem(null);
    setPlace({ step, changing });
    history.pushState(null, '', stepUrl(step, changing));
  };

  const answer = (field: AnsweredField, value: string | string[]) => {
    const next = withAnswer(journey, field, value);
    setJourney(next);
    saveJourney(sessionStorage, next);
  };

  const showErrors = (fields: FieldErrors) => {
    setErrors(fields);
    setProblem(null);
    setFailedChecks((n) => n + 1);
  };

  const showProblem = (message: string) => {
    setProblem(message);
    setFailedChecks((n) => n + 1);
  };

  const send = async () => {
    if (sending) return;
    const result = validateReferral(answers);
    if (!result.ok) {
      showErrors(result.fields);
      return;
    }
    setSending(true);
    setProblem(null);
    const ready = readyToSend(journey, () => crypto.randomUUID());
    setJourney(ready);
    saveJourney(sessionStorage, ready);
    const outcome = await sendReferral(answers, ready.submissionId);
    if (outcome.kind === 'accepted') {
      clearJourney(sessionStorage);
      location.assign(confirmationUrl(outcome.reference));
      return;
    }
    if (outcome.kind === 'invalid') showErrors(outcome.fields);
    else showProblem(outcome.message ?? OFFLINE);
    setSending(false);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (place.step === CHECK) {
      void send();
      return;
    }
    const result = validateReferral(answers, stepFields(place.step));
    if (!result.ok && Object.keys(result.fields).length > 0) showErrors(result.fields);
    else if (position.next) go(position.next);
  };

  const summaryItems = stepSummaryErrors(errors, place.step).map((item) => ({
    ...item,
    onFollow: () => {
      if (ownerOf(item.field) === place.step) document.getElementById(item.field)?.focus();
      else go(ownerOf(item.field), true);
    },
  }));

  return (
    <div className="referral-journey">
      {position.back && (
        <a
          className="back-link"
          href={stepUrl(position.back, false)}
          onClick={(event) => {
            event.preventDefault();
            if (position.back) go(position.back);
          }}
        >
          Back
        </a>
      )}
      <ErrorSummary errors={summaryItems} problem={problem} summaryRef={summaryRef} />
      <form noValidate onSubmit={submit}>
        {place.step === CHECK ? (
          <CheckAnswers
            answers={answers}
            consentError={errors.consent}
            sending={sending}
            headingRef={headingRef}
            changeHref={(step) => stepUrl(step, true)}
            onChange={(step) => {
              go(step, true);
            }}
            onConsent={(value) => {
              answer('consent', value);
            }}
          />
        ) : (
          <>
            <p className="muted">
              Question {position.number} of {position.total}
            </p>
            <StepQuestions
              step={place.step}
              answers={answers}
              errors={errors}
              headingRef={headingRef}
              onAnswer={answer}
            />
            <Button>{place.changing ? 'Save and go back to your answers' : 'Continue'}</Button>
          </>
        )}
      </form>
    </div>
  );
}
