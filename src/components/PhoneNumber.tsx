import { numberWithHours } from '../lib/contacts/tokens.ts';
import type { ContactId } from '../lib/contacts/contacts.ts';
import { PhoneParts } from './PhoneParts.tsx';

/** The island twin of PhoneNumber.astro: a tel: link with the line's hours, from contacts.ts. */
export function PhoneNumber({ id }: { id: ContactId }) {
  return <PhoneParts parts={numberWithHours(id)} />;
}
