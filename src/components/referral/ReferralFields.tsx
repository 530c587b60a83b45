import type { ReactNode } from 'react';
import { QUESTIONS, questionText, type AnsweredField } from '../../lib/referral/questions.ts';
import { MAX, type Answers } from '../../lib/referral/schema.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import { Checkboxes } from '../ui/Checkboxes.tsx';
import type { AsHeading } from '../ui/QuestionHeading.tsx';
import { Radios } from '../ui/Radios.tsx';
import { TextInput } from '../ui/TextInput.tsx';

/**
 * Each referral question as its control, one place for both ways of asking: the island, a step at a time,
 * and the no-JavaScript form, all on one page. Field names and values are the contract's (the function
 * parses them). The first control of each question has the field's id, so `#field` error links land on it.
 */

export interface FieldContext {
  answers: Answers;
  errors: FieldErrors;
  /** The island's: it keeps the answers. Without it the controls are uncontrolled (the no-JS form). */
  onAnswer?: ((field: AnsweredField, value: string | string[]) => void) | undefined;
  /** The island asks in the voice of who needs support; the no-JS form, which can't know yet, says "you". */
  voiceFor?: string | undefined;
}

type TextField = 'name' | 'phone' | 'email' | 'address' | 'postcode' | 'bestTime' | 'description' | 'whenHappened';
type ChoiceField = 'forWhom' | 'contactMethod' | 'safeToLeaveMessage' | 'whatHappened' | 'lostMoney' | 'feelUnsafe';

/** How each text box is filled in: the browser's autofill, spell checking, and the longer boxes. */
const TEXT_BOXES: Record<TextField | 'crimeReference', Partial<Parameters<typeof TextInput>[0]>> = {
  name: { spellCheck: false },
  phone: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email', spellCheck: false },
  address: { multiline: true, rows: 5, autoComplete: 'street-address' },
  postcode: { autoComplete: 'postal-code', hint: 'For example, AL10 9AB' },
  bestTime: {},
  description: {
    multiline: true,
    rows: 5,
    hint: `${QUESTIONS.description.hint ?? ''} You can write up to ${MAX.description.toLocaleString('en-GB')} characters.`,
  },
  whenHappened: {},
  crimeReference: { spellCheck: false },
};

export function textQuestion(
  context: FieldContext,
  field: TextField | 'crimeReference',
  more: { heading?: AsHeading } = {},
) {
  const { answers, errors, onAnswer, voiceFor } = context;
  return (
    <TextInput
      id={field}
      label={questionText(field, voiceFor)}
      hint={QUESTIONS[field].hint}
      value={answers[field] ?? ''}
      error={errors[field]}
      {...TEXT_BOXES[field]}
      // The browser may fill in the person's own name, but not when it is someone else's.
      {...(field === 'name' ? { autoComplete: answers.forWhom === 'someone-else' ? 'off' : 'name' } : {})}
      {...more}
      onChange={
        onAnswer &&
        ((value) => {
          onAnswer(field, value);
        })
      }
    />
  );
}

export function radiosQuestion(
  context: FieldContext,
  field: ChoiceField,
  more: { heading?: AsHeading; reveals?: Partial<Record<string, ReactNode>>; revealAll?: boolean } = {},
) {
  const { answers, errors, onAnswer, voiceFor } = context;
  const { reveals = {}, ...rest } = more;
  return (
    <Radios
      name={field}
      firstId={field}
      legend={questionText(field, voiceFor)}
      hint={QUESTIONS[field].hint}
      options={(QUESTIONS[field].options ?? []).map((option) => ({ ...option, reveal: reveals[option.value] }))}
      value={answers[field] ?? ''}
      error={errors[field]}
      {...rest}
      onChange={
        onAnswer &&
        ((value) => {
          onAnswer(field, value);
        })
      }
    />
  );
}

/** The contact details asked under each way to be contacted (GOV.UK "conditional reveal"). */
export function contactDetails(context: FieldContext): Partial<Record<string, ReactNode>> {
  return {
    phone: textQuestion(context, 'phone'),
    email: textQuestion(context, 'email'),
    post: (
      <>
        {textQuestion(context, 'address')}
        {textQuestion(context, 'postcode')}
      </>
    ),
  };
}

/** "No one yet": ticking it clears the other boxes, and ticking another box clears it. */
const NO_ONE = 'none';

export function checkboxesQuestion(
  context: FieldContext,
  field: 'reportedTo' | 'consent',
  more: { heading?: AsHeading; reveals?: Partial<Record<string, ReactNode>> } = {},
) {
  const { answers, errors, onAnswer, voiceFor } = context;
  const values = field === 'reportedTo' ? (answers.reportedTo ?? []) : answers.consent ? [answers.consent] : [];
  const change = (next: string[]) => {
    if (!onAnswer) return;
    if (field === 'consent') {
      onAnswer(field, next.includes('yes') ? 'yes' : '');
      return;
    }
    const ticked = next.find((value) => !values.includes(value));
    onAnswer(field, ticked === NO_ONE ? [NO_ONE] : next.filter((value) => value !== NO_ONE));
  };
  return (
    <Checkboxes
      name={field}
      firstId={field}
      legend={field === 'consent' ? 'Do you agree?' : questionText(field, voiceFor)}
      hint={QUESTIONS[field].hint}
      options={QUESTIONS[field].options ?? []}
      values={values}
      error={errors[field]}
      {...more}
      onChange={onAnswer && change}
    />
  );
}
