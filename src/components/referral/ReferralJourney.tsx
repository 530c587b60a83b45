import { useEffect, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { apiErrorSchema } from '../../lib/web/api-error.ts';
import { numberWithHoursText } from '../../lib/contacts/tokens.ts';
import {
  clearJourney,
  loadJourney,
  readyToSend,
  saveJourney,
  withAnswer,
  type Journey,
} from '../../lib/referral/journey-storage.ts';
import { referralAcceptedSchema } from '../../lib/referral/answer-schema.ts';
import { confirmationUrl, REFERRAL_ENDPOINT } from '../../lib/referral/paths.ts';
import { questionText, type AnsweredField } from '../../lib/referral/questions.ts';
import { allowedStep, CHECK, isStepId, navigate, stepFields, STEPS, type StepId } from '../../lib/referral/steps.ts';
import { errorsInOrder, knownFields, validateReferral, type FieldErrors } from '../../lib/referral/validate.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { StepQuestions } from './StepQuestions.tsx';

/**
 * The referral, one question per step (GOV.UK "one thing per page"), with Back links and the browser's Back
 * button both working (each step is a history entry, ?step=…), answers kept in sessionStorage, and the same
 * validation rules as the function. Until it has loaded, the page shows its children: the plain one-page form.
 */

interface Props {
  /** The no-JavaScript form, shown until the island takes over. */
  children?: ReactNode;
}

const OFFLINE = `Your answers could not be sent. Check you are connected to the internet and try again, or call Beacon on ${numberWithHoursText('beacon')}.`;

function stepUrl(step: StepId, changing: boolean): string {
  return `${location.pathname}?step=${step}${changing ? '&change=1' : ''}`;
}

function readLocation(journey: Journey): { step: StepId; changing: boolean } {
  const params = new URLSearchParams(location.search);
  const wanted = params.get('step');
  const step = isStepId(wanted) ? allowedStep(wanted, journey.answers) : STEPS[0].id;
  return { step, changing: params.get('change') === '1' && step !== CHECK };
}

export default function ReferralJourney({ children }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [journey, setJourney] = useState<Journey>({ answers: {}, submissionId: '', sentAnswers: '' });
  const [place, setPlace] = useState<{ step: StepId; changing: boolean }>({ step: STEPS[0].id, changing: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const journeyRef = useRef(journey);
  const baseTitle = useRef('');
  const moved = useRef(false);
  journeyRef.current = journey;

  useEffect(() => {
    baseTitle.current = document.title.replace(/^Error: /, '');
    const saved = loadJourney(sessionStorage) ?? { answers: {}, submissionId: '', sentAnswers: '' };
    setJourney(saved);
    const start = readLocation(saved);
    setPlace(start);
    // A bookmark or reload can't skip questions: show the address of the step actually shown.
    if (new URLSearchParams(location.search).has('step')) {
      history.replaceState(null, '', stepUrl(start.step, start.changing));
    }
    setHydrated(true);
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

  // Each step has its own title; focus moves to the question (or to the error summary) as GOV.UK does.
  const hasErrors = Object.keys(errors).length > 0 || problem !== null;
  useEffect(() => {
    if (!hydrated) return;
    const title =
      place.step === CHECK
        ? 'Check your answers'
        : questionText(stepFields(place.step)[0] as AnsweredField, journey.answers.forWhom);
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${baseTitle.current}`;
    if (hasErrors) summaryRef.current?.focus();
    else if (moved.current) headingRef.current?.focus();
  }, [place, errors, problem, hydrated]);

  if (!hydrated) return <>{children}</>;

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
    try {
      const res = await fetch(REFERRAL_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ ...answers, submissionId: ready.submissionId }),
      });
      const body: unknown = await res.json().catch(() => null);
      const accepted = res.status === 201 ? referralAcceptedSchema.safeParse(body) : null;
      if (accepted?.success) {
        clearJourney(sessionStorage);
        location.assign(confirmationUrl(accepted.data.reference));
        return;
      }
      const failed = apiErrorSchema.safeParse(body).data?.error;
      const fields = knownFields(failed?.fields);
      if (res.status === 400 && Object.keys(fields).length > 0) showErrors(fields);
      else setProblem(failed?.message ?? OFFLINE);
    } catch {
      setProblem(OFFLINE);
    }
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

  // Errors on "Check your answers" can belong to any step: their links open that step to change it.
  const summaryItems = errorsInOrder(errors).map(([field, text]) => {
    const owner = STEPS.find((step) => (step.fields as readonly string[]).includes(field))?.id ?? CHECK;
    const here = owner === place.step;
    return {
      message: text,
      href: here ? `#${field}` : stepUrl(owner, true),
      onFollow: () => {
        if (here) document.getElementById(field)?.focus();
        else go(owner, true);
      },
    };
  });

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
            <button type="submit">{place.changing ? 'Save and go back to your answers' : 'Continue'}</button>
          </>
        )}
      </form>
    </div>
  );
}
