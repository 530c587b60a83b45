import { CONTACTS, telHref } from '../../lib/contacts/contacts.ts';
import { REFERRAL_ENDPOINT } from '../../lib/referral/paths.ts';
import type { Answers } from '../../lib/referral/schema.ts';
import type { FieldErrors } from '../../lib/referral/validate.ts';
import { PhoneNumber } from '../PhoneNumber.tsx';
import { Button } from '../ui/Button.tsx';
import {
  checkboxesQuestion,
  contactDetails,
  radiosQuestion,
  textQuestion,
  type FieldContext,
} from './ReferralFields.tsx';

/**
 * The referral as one plain form that posts to the function, for people without JavaScript: in the page as
 * built (the island shows it until it has loaded) and again from the function, with the answers and errors.
 * Every question shows, and every follow-up question, since nothing could reveal them later.
 */

interface Props {
  answers: Answers;
  errors: FieldErrors;
}

export function ReferralForm({ answers, errors }: Props) {
  const context: FieldContext = { answers, errors };
  const emergency = CONTACTS.emergency.display;
  return (
    <form method="post" action={REFERRAL_ENDPOINT} noValidate className="referral-form">
      <p>If you are filling this in for someone else, give their details. Only do this if they have agreed.</p>
      <h3>About the person who needs support</h3>
      {radiosQuestion(context, 'forWhom')}
      {textQuestion(context, 'name')}
      {radiosQuestion(context, 'contactMethod', {
        revealAll: true,
        reveals: contactDetails(context),
      })}
      {radiosQuestion(context, 'safeToLeaveMessage')}
      {textQuestion(context, 'bestTime')}
      <h3>What happened</h3>
      {radiosQuestion(context, 'whatHappened')}
      {textQuestion(context, 'description')}
      {textQuestion(context, 'whenHappened')}
      {radiosQuestion(context, 'lostMoney')}
      {checkboxesQuestion(context, 'reportedTo')}
      {textQuestion(context, 'crimeReference')}
      <h3>Your safety</h3>
      <p>
        If you are in danger now, call <a href={telHref(emergency)}>{emergency}</a>.
      </p>
      {radiosQuestion(context, 'feelUnsafe')}
      <h3>Send your answers</h3>
      <p>Beacon will use your answers only to contact you and help you.</p>
      {checkboxesQuestion(context, 'consent')}
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
