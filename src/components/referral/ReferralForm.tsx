import { Fragment, type ReactNode } from 'react';
import { CONTACTS, telHref } from '../../lib/contacts/contacts.ts';
import { REFERRAL_FIELDS, type AnsweredField } from '../../lib/referral/fields.ts';
import { REFERRAL_ENDPOINT } from '../../lib/referral/paths.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import { PhoneNumber } from '../PhoneNumber.tsx';
import { Button } from '../ui/Button.tsx';
import { question, type FieldContext } from './ReferralFields.tsx';

/**
 * The referral as one plain form that posts to the function, for people without JavaScript: in the page as
 * built (the island shows it until it has loaded) and again from the function, with the answers and errors.
 * Every question of fields.ts shows, in its order, and every follow-up, since nothing could reveal them later.
 */

interface Props {
  answers: Answers;
  errors: FieldErrors;
}

/** The form's parts, each before the field that starts it. */
function sectionBefore(field: AnsweredField): ReactNode {
  const emergency = CONTACTS.emergency.display;
  switch (field) {
    case 'forWhom':
      return (
        <>
          <p>If you are filling this in for someone else, give their details. Only do this if they have agreed.</p>
          <h3>About the person who needs support</h3>
        </>
      );
    case 'whatHappened':
      return <h3>What happened</h3>;
    case 'feelUnsafe':
      return (
        <>
          <h3>Your safety</h3>
          <p>
            If you are in danger now, call <a href={telHref(emergency)}>{emergency}</a>.
          </p>
        </>
      );
    case 'consent':
      return (
        <>
          <h3>Send your answers</h3>
          <p>Beacon will use your answers only to contact you and help you.</p>
        </>
      );
    default:
      return null;
  }
}

/** The questions the form asks in its own place: follow-ups are asked with the question that reveals them. */
const OWN_PLACE = REFERRAL_FIELDS.filter((field) => !('revealedBy' in field)).map((field) => field.name);

export function ReferralForm({ answers, errors }: Props) {
  const context: FieldContext = { answers, errors, revealAll: true };
  return (
    <form method="post" action={REFERRAL_ENDPOINT} noValidate className="referral-form">
      {OWN_PLACE.map((field) => (
        <Fragment key={field}>
          {sectionBefore(field)}
          {question(context, field)}
        </Fragment>
      ))}
      {/* Sent again with the answers, so a second press of Send is the same referral (one email). */}
      <input type="hidden" name="submissionId" value={answers.submissionId ?? ''} />
      {/* The honeypot: hidden from everyone, so only a bot fills it in (the function refuses those). */}
      <div className="referral-hp">
        <label htmlFor="website">Leave this box empty</label>
        <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <Button>Send to Beacon</Button>
      <p>
        Or call Beacon on <PhoneNumber id="beacon" />.
      </p>
    </form>
  );
}
