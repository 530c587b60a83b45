import { CONTACTS, telHref, type ContactId } from '../../lib/contacts/contacts.ts';
import { hoursSentence } from '../../lib/contacts/tokens.ts';
import { PhoneParts } from '../PhoneParts.tsx';

/**
 * When the line is open: a frightened person must not be sent to a closed line. The words are tokens.ts's
 * (hoursSentence, from contacts.ts), the same the advice pages put beside a number, so hours no page
 * confirms, or what to do if a line does not connect, are worded once.
 */
function PlanCallHours({ contact }: { contact: ContactId }) {
  const sentence = hoursSentence(contact);
  if (sentence.length === 0) return null;
  return (
    <span className="plan-call__hours">
      <PhoneParts parts={sentence} />
    </span>
  );
}

/** Who to call: the number in full as a tel: link, the name, and the hours. */
export function PlanCall({ contact }: { contact: ContactId }) {
  const { display, name } = CONTACTS[contact];
  return (
    <p className="plan-call">
      <a className="plan-call__number" href={telHref(display)}>
        {display}
      </a>{' '}
      <span className="plan-call__name">{name}.</span> <PlanCallHours contact={contact} />
    </p>
  );
}
