import { numberWithHours } from '../lib/contacts/tokens.ts';
import type { ContactId } from '../lib/contacts/contacts.ts';

/** The island twin of PhoneNumber.astro: a tel: link with the line's hours, from contacts.ts. */
export function PhoneNumber({ id }: { id: ContactId }) {
  return (
    <>
      {numberWithHours(id).map((part, i) =>
        part.kind === 'tel' ? (
          <a key={i} href={part.href}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
