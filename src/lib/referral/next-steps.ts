import { numberWithHoursText } from '../contacts/tokens.ts';
import { CONTACTS } from '../contacts/contacts.ts';

/**
 * What happens after a referral, said the same way on the confirmation page and in the confirmation email.
 * NOT VERIFIED: how soon Beacon replies is not in FACTS.md. Confirm the wording with Beacon before going
 * live; it lives only here so that one edit changes every place.
 */
export const BEACON_REPLY_TIME = 'in the next few working days';

export const NEXT_STEPS = {
  contact: `Beacon will read your answers and get in touch ${BEACON_REPLY_TIME}, in the way you chose.`,
  sooner: `If you want to talk to Beacon sooner, call ${numberWithHoursText('beacon')}.`,
  danger: `If you are in danger now, call ${CONTACTS.emergency.display}.`,
} as const;
