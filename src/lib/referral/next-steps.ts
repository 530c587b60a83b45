import { numberWithHoursText } from '../contacts/tokens.ts';
import { CONTACTS } from '../contacts/contacts.ts';

/**
 * What happens after a referral, said the same way on the confirmation page and in the confirmation email.
 * NOT VERIFIED: how soon Beacon replies is not in FACTS.md. Confirm the wording with Beacon before going
 * live; it lives only here so that one edit changes every place.
 */
export const BEACON_REPLY_TIME = 'in the next few working days';

/**
 * First, for anyone who lost money: call the bank now, not after Beacon replies. For a transfer made today
 * hours matter, and a refund claim can fail if it is not reported promptly (FACTS.md, the APP rules). Asked
 * as a question, because the page and the email never say what the person answered (someone else may see
 * them), and it must reach people who did not tick "the bank" or chose not to say whether they lost money.
 * The bank's number is said as contacts.ts says it: 159 has no stated hours, so never as always open.
 */
export const BANK_NOW = {
  question: 'Have you lost money?',
  action: 'Call your bank now, if you have not told them yet.',
  why: 'Do not wait to hear from Beacon. The sooner your bank knows, the better your chance of getting your money back.',
} as const;

export const NEXT_STEPS = {
  bank: `${BANK_NOW.question} ${BANK_NOW.action} Use ${numberWithHoursText('bank')}. ${BANK_NOW.why}`,
  contact: `Beacon will read your answers and get in touch ${BEACON_REPLY_TIME}, in the way you chose.`,
  sooner: `If you want to talk to Beacon sooner, call ${numberWithHoursText('beacon')}.`,
  danger: `If you are in danger now, call ${CONTACTS.emergency.display}.`,
} as const;
