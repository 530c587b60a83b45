import { CONTACTS, telHref, type ContactId } from '../../lib/contacts/contacts.ts';
import { hoursNote } from '../../lib/contacts/tokens.ts';

/**
 * When the line is open: a frightened person must not be sent to a closed line. An always-open line says
 * so; any other line gets the words the advice pages put beside its number (tokens.ts hoursNote, from
 * contacts.ts) as a sentence: hours no page confirms, or what to do if it does not connect, are worded once.
 */
function PlanCallHours({ contact }: { contact: ContactId }) {
  if (CONTACTS[contact].hours.open === 'always') {
    return <span className="plan-call__hours">Open all day, every day.</span>;
  }
  const note = hoursNote(contact);
  if (note.length === 0) return null;
  return (
    <span className="plan-call__hours">
      {note.map((part, i) =>
        part.kind === 'tel' ? (
          <a key={i} href={part.href}>
            {part.text}
          </a>
        ) : i === 0 ? (
          part.text.charAt(0).toUpperCase() + part.text.slice(1)
        ) : (
          part.text
        ),
      )}
      .
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
