import { CONTACTS, isContactId, telHref, type ContactId, type Hours } from '../../lib/contacts/contacts.ts';

/** When the line is open, from contacts.ts: a frightened person must not be sent to a closed line. */
function PlanCallHours({ contact }: { contact: ContactId }) {
  const hours: Hours = CONTACTS[contact].hours;
  if (hours.open === 'always') return <span className="plan-call__hours">Open all day, every day.</span>;
  if (hours.open === 'limited') return <span className="plan-call__hours">Open {hours.text}.</span>;
  if (!hours.ifClosed || !isContactId(hours.ifClosed)) return null;
  const fallback = CONTACTS[hours.ifClosed];
  return (
    <span className="plan-call__hours">
      If no one answers, call {fallback.name}, open all day, every day, on{' '}
      <a href={telHref(fallback.display)}>{fallback.display}</a>.
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
