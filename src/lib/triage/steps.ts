import { CONTACTS, PHISHING_EMAIL, type ContactId } from '../contacts/contacts.ts';
import { PHISHING_MAILTO, TRIAGE_PATH } from './links.ts';

/**
 * Every step a plan can hold that is not about money (money-steps.ts has those), in the site's plain words:
 * the action first, then what to say or have ready. `contact` is the number to call (shown in full with
 * its hours), `href` the page (or mailto:) that explains more. Facts come from the advice pages and
 * FACTS.md. Numbers and the names of the services to call are never typed here: each comes from its
 * contact record (`say`, `nameOf`), so a changed number or name is changed once, in contacts.ts (the
 * triage-numbers test reads this folder's strings for any that slip in).
 */
export interface Step {
  id: string;
  text: string;
  contact?: ContactId;
  href?: string;
  /** A second page that explains more, when `href` is an action such as a mailto: link. */
  more?: string;
}

/** A number as a step says it, from its contact record. */
export const say = (id: ContactId): string => CONTACTS[id].display;
/** A service's name as a step says it, from its contact record. */
const nameOf = (id: ContactId): string => CONTACTS[id].name;

const EMERGENCY = say('emergency');
const POLICE = say('police');
const REPORT_FRAUD = nameOf('report-fraud');
const BEACON = nameOf('beacon');
/** Report Fraud's own site, where a report can be made at any time. */
const REPORT_FRAUD_ONLINE = 'reportfraud.police.uk';

export const STEPS = {
  call999: {
    id: 'call-999',
    text: `Call ${EMERGENCY} now. Say where you are, or where the person is, and what is happening. Stay on the line.`,
    contact: 'emergency',
    href: '/advice/at-the-door-now/',
  },
  lockDoors: {
    id: 'lock-doors',
    text: 'Keep your doors locked. Do not let them in, and do not hand anything over. Stay inside, somewhere safe.',
    href: '/advice/at-the-door-now/',
  },
  whenSafe: {
    id: 'when-safe',
    text: 'When you are safe, come back here. Answer a few more questions to get the rest of your plan.',
    href: `${TRIAGE_PATH}?danger=no`,
  },
  doorShut: {
    id: 'keep-door-shut',
    text: 'Do not open the door. Talk through the door or a window. Say “No, thank you.” You do not have to say more.',
    href: '/advice/at-the-door-now/',
  },
  // The seeds' advice: "If you think a rogue trader is at the door, call 999" — not only when they stay.
  call999AtDoor: {
    id: 'call-999-at-door',
    text: `Call ${EMERGENCY} if you think they are a rogue trader. Call ${EMERGENCY} too if they will not leave, or you feel scared.`,
    contact: 'emergency',
    href: '/advice/at-the-door-now/',
  },
  checkId: {
    id: 'check-id',
    text: 'Do they say they are from a company? Ask them to wait outside. Phone the company on a number you find yourself, like one on a bill. Never use a number on their card.',
    href: '/advice/at-the-door-now/',
  },
  police101After: {
    id: 'police-101',
    text: `When they have gone, call ${POLICE}. Tell the police about the caller. Your call could help stop them.`,
    contact: 'police',
    href: '/advice/reporting-a-scam/',
  },
  police101: {
    id: 'police-101',
    text: `Call ${POLICE} to tell the police about the caller. Say when they came, what they looked like and what they said.`,
    contact: 'police',
    href: '/advice/reporting-a-scam/',
  },
  call999IfBack: {
    id: 'call-999-if-they-come-back',
    text: `If they come back and will not leave, call ${EMERGENCY}.`,
    contact: 'emergency',
    href: '/advice/at-the-door-now/',
  },
  agreedWithCaller: {
    id: 'agreed-with-caller',
    text: 'Did you agree to any work with them? Then answer the questions again, and choose that. You may be able to cancel.',
    href: `${TRIAGE_PATH}?danger=no`,
  },
  // Something taken from the home: a crime for the police now (bogus callers page; FACTS.md, 999).
  call999Taken: {
    id: 'call-999',
    text: `Call ${EMERGENCY} now. Say what was taken, when the caller left and what they looked like.`,
    contact: 'emergency',
    href: '/advice/bogus-callers-and-distraction-burglary/',
  },
  // Cash handed over at the door: the person is local and often comes back (FACTS.md, urgent cases).
  call999IfNear: {
    id: 'call-999-if-near',
    text: `Call ${EMERGENCY} now if they are still near, or said they will come back.`,
    contact: 'emergency',
    href: '/advice/at-the-door-now/',
  },
  police101Cash: {
    id: 'police-101',
    text: `Call ${POLICE} now if they have gone. Tell the police what happened, how much you gave and what the person looked like.`,
    contact: 'police',
    href: '/advice/reporting-a-scam/',
  },
  police101Trader: {
    id: 'police-101',
    text: `Call ${POLICE} if they knocked on your door without being asked. Tell the police about them. Your call could help stop them.`,
    contact: 'police',
    href: '/advice/reporting-a-scam/',
  },
  // A "courier" on the way: the scam is still happening, and the victim may think they are helping the police.
  call999Collection: {
    id: 'call-999',
    text: `Hang up. Then call ${EMERGENCY} now, on a different phone if you can. Say someone is coming to get money or a card from you.`,
    contact: 'emergency',
    href: '/advice/courier-fraud-and-safe-account-scams/',
  },
  noCouriers: {
    id: 'no-couriers',
    text: 'Do not hand anything over, and do not open the door to them. The police and banks never send anyone to collect cash, cards or gold.',
    href: '/advice/courier-fraud-and-safe-account-scams/',
  },
  reportFraud: {
    id: 'report-fraud',
    text: `Report it to ${REPORT_FRAUD}. You can report online at any time, at ${REPORT_FRAUD_ONLINE}. Or call them. ${REPORT_FRAUD} used to be called Action Fraud.`,
    contact: 'report-fraud',
    href: '/advice/reporting-a-scam/',
  },
  phoneCall: {
    id: 'hang-up',
    text: `If they call again, hang up. Do not call back on a number they gave you. Did they say they were your bank? Call ${say('bank')} from a different phone if you can.`,
    contact: 'bank',
    href: '/advice/bank-impersonation-scams/',
  },
  // When the plan already starts with the bank, the call step need not send them to it again.
  phoneCallAfterBank: {
    id: 'hang-up',
    text: 'If they call again, hang up. Do not call back on a number they gave you.',
    href: '/advice/bank-impersonation-scams/',
  },
  letter: {
    id: 'keep-the-letter',
    text: 'Do not reply, and do not send money. Keep the letter and the envelope.',
    href: '/advice/reporting-a-scam/',
  },
  online: {
    id: 'block-them',
    text: 'Do not reply, and do not click any links. Block them. Report them to the website or app.',
    href: '/advice/fake-websites-and-shops/',
  },
  citizensAdvice: {
    id: 'citizens-advice',
    text: `Call the ${nameOf('citizens-advice')} for help with the trader. They can pass it on to Trading Standards.`,
    contact: 'citizens-advice',
    href: '/advice/reporting-a-scam/',
  },
  beacon: {
    id: 'beacon',
    text: `Get free support from ${BEACON}. ${BEACON} helps anyone in Hertfordshire hurt by a scam or crime. You do not have to report it first.`,
    contact: 'beacon',
    href: '/get-help/refer-yourself-to-beacon/',
  },
  beaconIfShaken: {
    id: 'beacon',
    text: `If you feel shaken after, get free support from ${BEACON}.`,
    contact: 'beacon',
    href: '/get-help/refer-yourself-to-beacon/',
  },
  helping: {
    id: 'helping-someone',
    text: 'Talk to them calmly, at a quiet time. Do not blame them. It is the scammer’s fault. Offer to help, but let them choose.',
    href: '/advice/helping-someone-you-care-about/',
  },
  call999Them: {
    id: 'call-999',
    text: `Call ${EMERGENCY} now. Say where they are, and who is with them or on the way.`,
    contact: 'emergency',
    href: '/advice/helping-someone-you-care-about/',
  },
  police101Them: {
    id: 'police-101',
    text: `Call ${POLICE} to tell the police they are being targeted. Say if they are older, unwell or live alone.`,
    contact: 'police',
    href: '/advice/helping-someone-you-care-about/',
  },
  theirReport: {
    id: 'report-fraud',
    text: `Help them report it to ${REPORT_FRAUD}. They can report online at any time, at ${REPORT_FRAUD_ONLINE}. Or call them.`,
    contact: 'report-fraud',
    href: '/advice/reporting-a-scam/',
  },
  beaconReferral: {
    id: 'beacon-referral',
    text: `Ask if they would like free support from ${BEACON}. Only ask ${BEACON} to contact them if they agree. You can fill in the form with them.`,
    contact: 'beacon',
    href: '/get-help/refer-yourself-to-beacon/',
  },
} as const satisfies Record<string, Step>;

/**
 * Report a message by forwarding it. Delete it only when nothing was lost; otherwise keep it, because the
 * bank or the police may want to see it.
 */
export function forwardStep(channel: 'text' | 'email', keep: boolean): Step {
  const after = keep ? 'Keep it too. Your bank or the police may want to see it.' : 'Then delete it.';
  if (channel === 'text') {
    return {
      id: 'forward-text',
      text: `Forward the text to ${say('scam-text')}. It is free. ${after} Do not click any link in it.`,
      contact: 'scam-text',
      href: '/advice/scam-texts/',
    };
  }
  return {
    id: 'forward-email',
    text: `Forward the email to ${PHISHING_EMAIL}. ${after} Do not click any link in it.`,
    href: PHISHING_MAILTO,
    more: '/advice/phishing-emails/',
  };
}
