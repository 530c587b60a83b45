import type { Ref } from 'react';
import { CONTACTS, telHref } from '../../lib/contacts/contacts.ts';
import { QUESTIONS, questionText, type AnsweredField } from '../../lib/referral/questions.ts';
import { MAX, type Answers } from '../../lib/referral/schema.ts';
import type { StepId } from '../../lib/referral/steps.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import { Checkboxes, Radios, TextQuestion } from './controls.tsx';

/** The questions of one step (every step but "Check your answers"), wired to the answers. */

interface Props {
  step: Exclude<StepId, 'check'>;
  answers: Answers;
  errors: FieldErrors;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (field: AnsweredField, value: string | string[]) => void;
}

/** Shown as soon as someone says they feel unsafe (and on "Check your answers"). */
export function DangerAdvice() {
  const emergency = CONTACTS.emergency.display;
  return (
    <div className="warning" role="alert">
      <span className="warning__icon" aria-hidden="true">
        !
      </span>
      <p>
        <span className="visually-hidden">Warning: </span>
        If you are in danger now, call <a href={telHref(emergency)}>{emergency}</a>.
      </p>
    </div>
  );
}

export function StepQuestions({ step, answers, errors, headingRef, onAnswer }: Props) {
  const who = answers.forWhom;
  const text = (field: Exclude<AnsweredField, 'reportedTo'>) => ({
    field,
    question: questionText(field, who),
    hint: QUESTIONS[field].hint,
    error: errors[field],
    value: answers[field] ?? '',
    onChange: (value: string) => {
      onAnswer(field, value);
    },
  });
  const choice = (field: Exclude<AnsweredField, 'reportedTo'>) => ({
    ...text(field),
    options: QUESTIONS[field].options ?? [],
  });
  const detail = (field: 'phone' | 'email' | 'address' | 'postcode', extra: object) => (
    <TextQuestion {...text(field)} {...extra} />
  );

  switch (step) {
    case 'who':
      return <Radios {...choice('forWhom')} headingRef={headingRef} />;
    case 'name':
      return (
        <TextQuestion
          {...text('name')}
          headingRef={headingRef}
          autoComplete={who === 'self' ? 'name' : 'off'}
          spellCheck={false}
        />
      );
    case 'contact':
      return (
        <Radios
          {...choice('contactMethod')}
          headingRef={headingRef}
          reveals={{
            phone: detail('phone', { type: 'tel', autoComplete: 'tel' }),
            email: detail('email', { type: 'email', autoComplete: 'email', spellCheck: false }),
            post: (
              <>
                {detail('address', { multiline: true, autoComplete: 'street-address' })}
                {detail('postcode', { autoComplete: 'postal-code', hint: 'For example, AL10 9AB' })}
              </>
            ),
          }}
        />
      );
    case 'message':
      return <Radios {...choice('safeToLeaveMessage')} headingRef={headingRef} />;
    case 'best-time':
      return <TextQuestion {...text('bestTime')} headingRef={headingRef} />;
    case 'what':
      return <Radios {...choice('whatHappened')} headingRef={headingRef} />;
    case 'details': {
      const left = MAX.description - (answers.description ?? '').length;
      return (
        <TextQuestion
          {...text('description')}
          headingRef={headingRef}
          multiline
          hint={`${QUESTIONS.description.hint ?? ''} You can write up to ${MAX.description.toLocaleString('en-GB')} characters.`}
          after={
            <p className={left < 0 ? 'error-message' : 'hint'}>
              {left < 0
                ? `You have ${(-left).toLocaleString('en-GB')} characters too many`
                : `You have ${left.toLocaleString('en-GB')} characters left`}
            </p>
          }
        />
      );
    }
    case 'when':
      return <TextQuestion {...text('whenHappened')} headingRef={headingRef} />;
    case 'money':
      return <Radios {...choice('lostMoney')} headingRef={headingRef} />;
    case 'told': {
      const reference = <TextQuestion {...text('crimeReference')} spellCheck={false} />;
      return (
        <Checkboxes
          field="reportedTo"
          question={questionText('reportedTo', who)}
          hint={QUESTIONS.reportedTo.hint}
          error={errors.reportedTo}
          options={QUESTIONS.reportedTo.options ?? []}
          value={answers.reportedTo ?? []}
          exclusive="none"
          headingRef={headingRef}
          onChange={(value) => {
            onAnswer('reportedTo', value);
          }}
          reveals={{
            police: reference,
            ...(answers.reportedTo?.includes('police') ? {} : { 'report-fraud': reference }),
          }}
        />
      );
    }
    case 'safety':
      return (
        <Radios
          {...choice('feelUnsafe')}
          headingRef={headingRef}
          after={answers.feelUnsafe === 'yes' ? <DangerAdvice /> : null}
        />
      );
  }
}
