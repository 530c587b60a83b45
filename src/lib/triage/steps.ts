import type { ContactId } from '../contacts/contacts.ts';
import { PHISHING_MAILTO, TRIAGE_PATH } from './links.ts';
import type { AnswerValue } from './questions.ts';

/**
 * Every step a plan can hold, in the site's plain words. Each says what to do and what to say or have
 * ready; `contact` is the number to call (shown in full with its hours), `href` the page (or mailto:)
 * that explains more. Facts come from the advice pages and FACTS.md.
 */
export interface Step {
  id: string;
  text: string;
  contact?: ContactId;
  href?: string;
  /** A second page that explains more, when `href` is an action such as a mailto: link. */
  more?: string;
}

type When = AnswerValue<'when'> | 'now';
type Payment = AnswerValue<'payment'>;

export const STEPS = {
  call999: {
    id: 'call-999',
    text: 'Call 999 now. Say where you are, or where the person is, and what is happening. Stay on the line.',
    contact: 'emergency',
    href: '/advice/at-the-door-now/',
  },
  lockDoors: {
    id: 'lock-doors',
    text: 'Keep your doors locked. Do not let them in. Stay inside, somewhere safe.',
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
  call999IfStay: {
    id: 'call-999-if-they-stay',
    text: 'Call 999 if they will not leave, or if you feel scared.',
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
    text: 'When they have gone, call 101. Tell the police about the caller. Your call could help stop them.',
    contact: 'police',
    href: '/advice/reporting-a-scam/',
  },
  police101: {
    id: 'police-101',
    text: 'Call 101 to tell the police about the caller. Say when they came, what they looked like and what they said.',
    contact: 'police',
    href: '/advice/reporting-a-scam/',
  },
  call999IfBack: {
    id: 'call-999-if-they-come-back',
    text: 'If they come back and will not leave, call 999.',
    contact: 'emergency',
    href: '/advice/at-the-door-now/',
  },
  paidTheCaller: {
    id: 'paid-the-caller',
    text: 'Did you pay them, or agree to any work? Then answer the questions again, and choose that.',
    href: `${TRIAGE_PATH}?danger=no`,
  },
  reportFraud: {
    id: 'report-fraud',
    text: 'Report it to Report Fraud. You can report online at any time, at reportfraud.police.uk. Or call them. Report Fraud used to be called Action Fraud.',
    contact: 'report-fraud',
    href: '/advice/reporting-a-scam/',
  },
  moneyBack: {
    id: 'money-back',
    text: 'Read how to get your money back. Never pay anyone who says they can get it back for a fee. That is a second scam.',
    href: '/advice/get-your-money-back/',
  },
  passwords: {
    id: 'change-passwords',
    text: 'Change your passwords, starting with your email and your bank. Use a new password for each one.',
    href: '/advice/ive-been-scammed/',
  },
  forwardText: {
    id: 'forward-text',
    text: 'Forward the text to 7726. It is free. Then delete it. Do not click any link in it.',
    contact: 'scam-text',
    href: '/advice/scam-texts/',
  },
  forwardEmail: {
    id: 'forward-email',
    text: 'Forward the email to report@phishing.gov.uk. Then delete it. Do not click any link in it.',
    href: PHISHING_MAILTO,
    more: '/advice/phishing-emails/',
  },
  phoneCall: {
    id: 'hang-up',
    text: 'If they call again, hang up. Do not call back on a number they gave you. Did they say they were your bank? Call 159 from a different phone if you can.',
    contact: 'bank',
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
    text: 'Call the Citizens Advice consumer helpline for help with the trader. They can pass it on to Trading Standards.',
    contact: 'citizens-advice',
    href: '/advice/reporting-a-scam/',
  },
  paidTrader: {
    id: 'bank-if-paid',
    text: 'Have you paid them already? Call your bank too. Use 159, or the number on the back of your card.',
    contact: 'bank',
    href: '/advice/get-your-money-back/',
  },
  beacon: {
    id: 'beacon',
    text: 'Get free support from Beacon. Beacon helps anyone in Hertfordshire hurt by a scam or crime. You do not have to report it first.',
    contact: 'beacon',
    href: '/get-help/refer-yourself-to-beacon/',
  },
  beaconIfShaken: {
    id: 'beacon',
    text: 'If you feel shaken after, get free support from Beacon.',
    contact: 'beacon',
    href: '/get-help/refer-yourself-to-beacon/',
  },
  helping: {
    id: 'helping-someone',
    text: 'Talk to them calmly, at a quiet time. Do not blame them. It is the scammer’s fault. Offer to help, but let them choose.',
    href: '/advice/helping-someone-you-care-about/',
  },
  theirBank: {
    id: 'bank',
    text: 'Help them call their bank now. Use 159, or the number on the back of their card.',
    contact: 'bank',
    href: '/advice/get-your-money-back/',
  },
  theirBankIfLost: {
    id: 'bank-if-lost',
    text: 'If they have lost money, help them call their bank now. Use 159, or the number on the back of their card.',
    contact: 'bank',
    href: '/advice/get-your-money-back/',
  },
  theirReport: {
    id: 'report-fraud',
    text: 'Help them report it to Report Fraud. They can report online at any time, at reportfraud.police.uk. Or call them.',
    contact: 'report-fraud',
    href: '/advice/reporting-a-scam/',
  },
  beaconReferral: {
    id: 'beacon-referral',
    text: 'Ask if they would like free support from Beacon. Only ask Beacon to contact them if they agree. You can fill in the form with them.',
    contact: 'beacon',
    href: '/get-help/refer-yourself-to-beacon/',
  },
} as const satisfies Record<string, Step>;

const URGENCY: Record<When, string> = {
  now: 'Call your bank now. Do not wait.',
  today: 'Call your bank now. Do not wait.',
  'this-week': 'Call your bank today.',
  longer: 'Call your bank. Tell them, even though it was a while ago.',
};

const ASK: Record<Payment, string> = {
  'bank-transfer': 'Ask them to get your money back. Most money lost to a bank transfer scam is paid back.',
  card: 'Ask them to get your money back. They may be able to take it back from the seller.',
  cash: 'Tell them what happened. They can help keep your account safe.',
  'gift-cards-or-crypto': 'Tell them what happened, and how you paid.',
  'details-only': 'Tell them which details you gave. They can stop your card or lock your account.',
};

/** "Call your bank": first whenever money was sent or details given, more urgent the sooner it was. */
export function bankStep(when: When, payment: Payment | 'unknown'): Step {
  const ask = payment === 'unknown' ? 'Tell them what you paid, or which details you gave.' : ASK[payment];
  return {
    id: 'bank',
    text: `${URGENCY[when]} Use 159, or the number on the back of your card. Use a different phone if you can. ${ask}`,
    contact: 'bank',
    href: '/advice/ive-been-scammed/',
  };
}

/** "Check if you can still cancel": the 14 days, or longer if the trader did not tell you on paper. */
export function cancelStep(when: AnswerValue<'when'>): Step {
  const text =
    when === 'longer'
      ? 'Check if you can still cancel. Did the trader not tell you about your right to cancel, on paper? Then you may have up to 12 months more. Do not pay any more until you know.'
      : 'Check the last day you can cancel. You usually have 14 days. Do not pay any more, or let work start, until you know.';
  return { id: 'cancel', text, href: '/can-i-still-cancel/' };
}
