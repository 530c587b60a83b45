import type { AnswerValue } from './questions.ts';
import { say, type Step } from './steps.ts';

/**
 * The steps about money, accounts and devices: the bank (first whenever money was sent or details given,
 * more urgent the sooner it was), gift cards, passwords and a device someone got on to, getting money
 * back, and cancelling agreed work. Plain words, the action first; numbers come from contacts.ts.
 */

/** When it happened, or `now` (no date asked), or `safe`: someone in danger calls once they are safe. */
type When = AnswerValue<'when'> | 'now' | 'safe';
type Payment = AnswerValue<'payment'>;
/** What the bank should hear: how they paid, or a code told or a device let in (`gave`). */
export type BankAsk = Payment | 'code' | 'access' | 'unknown';

const BANK = say('bank');
/**
 * 159 connects to most banks. No source states its hours, so it is never the only way in: the card's number
 * is beside it here, and the plan shows what contacts.ts says to do if 159 does not connect.
 */
const BANK_NUMBER = `Use ${BANK}, or the number on the back of your card.`;

const URGENCY: Record<When, string> = {
  now: 'Call your bank now. Do not wait.',
  today: 'Call your bank now. Do not wait.',
  'this-week': 'Call your bank today.',
  longer: 'Call your bank. Tell them, even though it was a while ago.',
  safe: 'When you are safe, call your bank straight away.',
};

const ASK: Record<BankAsk, string> = {
  'bank-transfer': 'Ask them to get your money back. Most money lost to a bank transfer scam is paid back.',
  card: 'Ask them to get your money back. They may be able to take it back from the seller.',
  cash: 'Tell them what happened. They can help keep your account safe.',
  // The refund rules leave out money moved to an account you control (FACTS.md; the PSR's consumer page).
  'gift-cards-or-crypto':
    'Tell them how you paid. If you sent money to your own crypto account first, the refund rules do not cover it. Tell them anyway.',
  'details-only': 'Tell them which details you gave. They can stop your card or lock your account.',
  code: 'Tell them you told someone a code. They can stop payments.',
  access: 'Tell them someone got on to your computer or phone.',
  unknown: 'Tell them what you paid, or which details you gave.',
};

/** "Call your bank": first whenever money was sent or details given, more urgent the sooner it was. */
export function bankStep(when: When, ask: BankAsk): Step {
  return {
    id: 'bank',
    text: `${URGENCY[when]} ${BANK_NUMBER} Use a different phone if you can. ${ASK[ask]}`,
    contact: 'bank',
    href: '/advice/ive-been-scammed/',
  };
}

export const MONEY_STEPS = {
  // A "courier" on the way: the bank hears what the caller asked for (courier fraud page).
  bankCollection: {
    id: 'bank',
    text: `Then call your bank. ${BANK_NUMBER} Tell them what the caller asked you to do.`,
    contact: 'bank',
    href: '/advice/courier-fraud-and-safe-account-scams/',
  },
  bankIfCards: {
    id: 'bank-if-cards',
    text: `Call your bank now if they took a bank card or a cheque book, or saw your PIN. ${BANK_NUMBER}`,
    contact: 'bank',
    href: '/advice/ive-been-scammed/',
  },
  // Gift card companies may be able to freeze money not yet spent, if told at once (FTC consumer advice).
  giftCards: {
    id: 'gift-card-company',
    text: 'Call the gift card company now, if you paid with gift cards or vouchers. Give them the numbers on the cards. They may be able to stop the money being spent.',
    href: '/advice/get-your-money-back/',
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
  passwordsOtherDevice: {
    id: 'change-passwords',
    text: 'Change your passwords from a different computer or phone. Start with your email and your bank.',
    href: '/advice/tech-support-scams/',
  },
  // Someone on the computer or phone (tech support scams page: turn off the internet, get it checked).
  checkDevice: {
    id: 'check-device',
    text: 'Turn off the internet on any computer or phone they got on to. Get it checked by someone you trust before you use it for banking.',
    href: '/advice/tech-support-scams/',
  },
  // A link clicked, nothing typed: check the device (NI Cyber Security Centre: run a full virus scan).
  checkAfterClick: {
    id: 'check-device',
    text: 'Check the phone or computer you used. If it has a virus checker, run a full check. Do not go back to the page the link opened.',
    href: '/advice/phishing-emails/',
  },
  theirBank: {
    id: 'bank',
    text: `Help them call their bank now. Use ${BANK}, or the number on the back of their card.`,
    contact: 'bank',
    href: '/advice/get-your-money-back/',
  },
  theirBankIfLost: {
    id: 'bank-if-lost',
    text: `If they have lost money, help them call their bank now. Use ${BANK}, or the number on the back of their card.`,
    contact: 'bank',
    href: '/advice/get-your-money-back/',
  },
} as const satisfies Record<string, Step>;

/**
 * "Check if you can cancel": the calculator decides, so no step says "you can cancel" on a guess (a quote
 * accepted later by phone may not be covered). Long ago, the 12 months more if the trader did not tell you.
 */
export function cancelStep(when: AnswerValue<'when'>, paid: AnswerValue<'paid'> | undefined): Step {
  const pay = paid === 'not-yet' ? 'Do not pay them anything' : 'Do not pay any more';
  const text =
    when === 'longer'
      ? `Check if you can still cancel. Did the trader not tell you about your right to cancel, on paper? Then you may have up to 12 months more. ${pay} until you know.`
      : `Check if you can cancel, and the last day to do it. ${pay}, or let work start, until you know.`;
  return { id: 'cancel', text, href: '/can-i-still-cancel/' };
}
