import type { ReactNode, Ref } from 'react';
import { CONTACTS, telHref } from '../../lib/contacts/contacts.ts';
import type { AnsweredField } from '../../lib/referral/fields.ts';
import { MAX } from '../../lib/referral/rules.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import { stepFields, type StepId } from '../../lib/referral/steps.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import { question, type FieldContext } from './ReferralFields.tsx';

/**
 * The questions of one step of the island (every step but "Check your answers"), wired to the answers: the
 * step's first field is its question, the rest are follow-ups that question's answers reveal (fields.ts).
 */

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

/** What the island shows under a question as the person answers it. */
const AFTER: Partial<Record<AnsweredField, (answers: Answers) => ReactNode>> = {
  description: (answers) => <CharactersLeft text={answers.description ?? ''} />,
  feelUnsafe: (answers) => answers.feelUnsafe === 'yes' && <DangerAdvice />,
};

export function StepQuestions({ step, answers, errors, headingRef, onAnswer }: Props) {
  const context: FieldContext = { answers, errors, onAnswer, voiceFor: answers.forWhom };
  const [field] = stepFields(step);
  if (field === undefined) return null;
  // The step's one question is its heading, focused when the step opens (GOV.UK "one thing per page").
  return (
    <>
      {question(context, field, { heading: { ref: headingRef, className: 'referral-question' } })}
      {AFTER[field]?.(answers)}
    </>
  );
}
