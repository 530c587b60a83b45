import { Fragment, type ReactNode } from 'react';
import { fieldControl, followUps, type AnsweredField, type FieldsAsked } from '../../lib/referral/fields.ts';
import { QUESTIONS, questionText } from '../../lib/referral/questions.ts';
import { MAX } from '../../lib/referral/rules.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import { Checkboxes } from '../ui/Checkboxes.tsx';
import type { AsHeading } from '../ui/QuestionHeading.tsx';
import { Radios } from '../ui/Radios.tsx';
import { TextInput } from '../ui/TextInput.tsx';

/**
 * Each referral question as its control, one place for both ways of asking: the island, a step at a time,
 * and the no-JavaScript form, all on one page. Which control a field has, and which follow-ups its answers
 * reveal, is fields.ts's. Field names and values are the contract's (the function parses them). The first
 * control of each question has the field's id, so `#field` error links land on it.
 */

export interface FieldContext {
  answers: Answers;
  errors: FieldErrors;
  /** The island's: it keeps the answers. Without it the controls are uncontrolled (the no-JS form). */
  onAnswer?: ((field: AnsweredField, value: string | string[]) => void) | undefined;
  /** The island asks in the voice of who needs support; the no-JS form, which can't know yet, says "you". */
  voiceFor?: string | undefined;
  /** The no-JS form shows every follow-up, since nothing could reveal them later. */
  revealAll?: boolean | undefined;
}

type TextField = FieldsAsked<'text'>;
type ChoiceField = FieldsAsked<'radios'>;
type BoxesField = FieldsAsked<'checkboxes' | 'tick-box'>;

interface More {
  heading?: AsHeading;
}

/** How a text box is filled in, where it differs from one plain line: autofill, spell checking, longer boxes. */
const TEXT_BOXES: Partial<Record<TextField, Partial<Parameters<typeof TextInput>[0]>>> = {
  name: { spellCheck: false },
  phone: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email', spellCheck: false },
  address: { multiline: true, rows: 5, autoComplete: 'street-address' },
  postcode: { autoComplete: 'postal-code', hint: 'For example, AL10 9AB' },
  description: {
    multiline: true,
    rows: 5,
    hint: `${QUESTIONS.description.hint ?? ''} You can write up to ${MAX.description.toLocaleString('en-GB')} characters.`,
  },
  crimeReference: { spellCheck: false },
};

function textQuestion(context: FieldContext, field: TextField, more: More) {
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

/**
 * The follow-ups a question's answers reveal, by the answer that shows each. A follow-up several answers
 * reveal (one reference number for the police or Report Fraud) sits under the first of them that is chosen.
 */
function revealsOf(context: FieldContext, field: AnsweredField): Partial<Record<string, ReactNode>> {
  const chosen = context.answers[field];
  const reveals: Partial<Record<string, ReactNode[]>> = {};
  for (const follow of followUps(field)) {
    const under = follow.values.find((value) => chosen === value || chosen?.includes(value)) ?? follow.values[0];
    if (under !== undefined)
      (reveals[under] ??= []).push(<Fragment key={follow.name}>{question(context, follow.name)}</Fragment>);
  }
  return reveals;
}

function radiosQuestion(context: FieldContext, field: ChoiceField, more: More) {
  const { answers, errors, onAnswer, voiceFor, revealAll } = context;
  const reveals = revealsOf(context, field);
  return (
    <Radios
      name={field}
      firstId={field}
      legend={questionText(field, voiceFor)}
      hint={QUESTIONS[field].hint}
      options={(QUESTIONS[field].options ?? []).map((option) => ({ ...option, reveal: reveals[option.value] }))}
      value={answers[field] ?? ''}
      error={errors[field]}
      revealAll={revealAll}
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

/** "No one yet": ticking it clears the other boxes, and ticking another box clears it. */
const NO_ONE = 'none';

function checkboxesQuestion(context: FieldContext, field: BoxesField, more: More) {
  const { answers, errors, onAnswer, voiceFor, revealAll } = context;
  const answer = answers[field];
  const values = Array.isArray(answer) ? answer : answer ? [answer] : [];
  const single = fieldControl(field) === 'tick-box';
  const change = (next: string[]) => {
    if (!onAnswer) return;
    if (single) {
      onAnswer(field, next[0] ?? '');
      return;
    }
    const ticked = next.find((value) => !values.includes(value));
    onAnswer(field, ticked === NO_ONE ? [NO_ONE] : next.filter((value) => value !== NO_ONE));
  };
  const boxes = (
    <Checkboxes
      name={field}
      firstId={field}
      legend={questionText(field, voiceFor)}
      hint={QUESTIONS[field].hint}
      options={QUESTIONS[field].options ?? []}
      values={values}
      error={errors[field]}
      {...(revealAll ? {} : { reveals: revealsOf(context, field) })}
      {...more}
      onChange={onAnswer && change}
    />
  );
  if (!revealAll) return boxes;
  // Without JavaScript a follow-up of several boxes can't sit under one of them: it comes after the question.
  return (
    <>
      {boxes}
      {followUps(field).map((follow) => (
        <Fragment key={follow.name}>{question(context, follow.name)}</Fragment>
      ))}
    </>
  );
}

/** A field's question, as fields.ts says to ask it, with the follow-ups its answers reveal. */
export function question(context: FieldContext, field: AnsweredField, more: More = {}): ReactNode {
  switch (fieldControl(field)) {
    case 'text':
      return textQuestion(context, field as TextField, more);
    case 'radios':
      return radiosQuestion(context, field as ChoiceField, more);
    default:
      return checkboxesQuestion(context, field as BoxesField, more);
  }
}
