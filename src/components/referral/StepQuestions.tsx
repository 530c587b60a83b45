import type { Ref } from 'react';
import { CONTACTS, telHref } from '../../lib/contacts/contacts.ts';
import type { AnsweredField } from '../../lib/referral/questions.ts';
import { MAX, type Answers } from '../../lib/referral/schema.ts';
import type { StepId } from '../../lib/referral/steps.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import {
  checkboxesQuestion,
  contactDetails,
  radiosQuestion,
  textQuestion,
  type FieldContext,
} from './ReferralFields.tsx';

/** The questions of one step of the island (every step but "Check your answers"), wired to the answers. */

interface Props {
  step: Exclude<StepId, 'check'>;
  answers: Answers;
  errors: FieldErrors;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
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

/** How many characters are left of the description, as the person types. */
function CharactersLeft({ text }: { text: string }) {
  const left = MAX.description - text.length;
  return (
    <p className={left < 0 ? 'error-message' : 'hint'}>
      {left < 0
        ? `You have ${(-left).toLocaleString('en-GB')} characters too many`
        : `You have ${left.toLocaleString('en-GB')} characters left`}
    </p>
  );
}

export function StepQuestions({ step, answers, errors, headingRef, onAnswer }: Props) {
  const context: FieldContext = { answers, errors, onAnswer, voiceFor: answers.forWhom };
  // The step's one question is its heading, focused when the step opens (GOV.UK "one thing per page").
  const heading = { ref: headingRef, className: 'referral-question' };

  switch (step) {
    case 'who':
      return radiosQuestion(context, 'forWhom', { heading });
    case 'name':
      return textQuestion(context, 'name', { heading });
    case 'contact':
      return radiosQuestion(context, 'contactMethod', {
        heading,
        reveals: contactDetails(context),
      });
    case 'message':
      return radiosQuestion(context, 'safeToLeaveMessage', { heading });
    case 'best-time':
      return textQuestion(context, 'bestTime', { heading });
    case 'what':
      return radiosQuestion(context, 'whatHappened', { heading });
    case 'details':
      return (
        <>
          {textQuestion(context, 'description', { heading })}
          <CharactersLeft text={answers.description ?? ''} />
        </>
      );
    case 'when':
      return textQuestion(context, 'whenHappened', { heading });
    case 'money':
      return radiosQuestion(context, 'lostMoney', { heading });
    case 'told': {
      // One reference box, under the police if they were told, else under Report Fraud.
      const reference = textQuestion(context, 'crimeReference');
      const police = answers.reportedTo?.includes('police');
      return checkboxesQuestion(context, 'reportedTo', {
        heading,
        reveals: police ? { police: reference } : { 'report-fraud': reference },
      });
    }
    case 'safety':
      return (
        <>
          {radiosQuestion(context, 'feelUnsafe', { heading })}
          {answers.feelUnsafe === 'yes' && <DangerAdvice />}
        </>
      );
  }
}
