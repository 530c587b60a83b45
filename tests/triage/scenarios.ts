import type { Answers } from '../../src/lib/triage/index.ts';

/**
 * Situations as residents describe them, the answers they would give, and the steps their plan must start
 * with (step ids, in order). `also` lists steps the plan must hold somewhere; `never` steps it must not.
 */
export interface Scenario {
  said: string;
  answers: Answers;
  first: string[];
  also?: string[];
  never?: string[];
}

const no = { danger: 'no' } as const;

export const SCENARIOS: Scenario[] = [
  // In danger now: 999 before anything else, whatever else is going on.
  {
    said: 'There is a man on my doorstep shouting and he will not go away.',
    answers: { danger: 'yes' },
    first: ['call-999', 'lock-doors'],
    also: ['beacon'],
  },
  {
    said: 'A builder says he is driving me to the bank to get cash for the roof, and he is waiting outside.',
    answers: { danger: 'yes' },
    first: ['call-999'],
  },
  {
    said: 'My mum rang me crying: a trader is in her kitchen and won’t leave.',
    answers: { danger: 'yes' },
    first: ['call-999'],
  },
  {
    said: 'Someone keeps knocking on the back door and I feel frightened.',
    answers: { danger: 'yes' },
    first: ['call-999', 'lock-doors', 'when-safe'],
  },
  // Someone at the door now, not (yet) a danger.
  {
    said: 'There is a man at the door saying he is from the water board.',
    answers: { ...no, situation: 'at-door-now' },
    first: ['keep-door-shut', 'call-999-if-they-stay', 'check-id'],
  },
  {
    said: 'Two lads at the door say my roof tiles are loose and they can fix them today.',
    answers: { ...no, situation: 'at-door-now' },
    first: ['keep-door-shut', 'call-999-if-they-stay'],
    also: ['police-101'],
    never: ['bank'],
  },
  {
    said: 'A woman is at my door collecting for a charity I have never heard of.',
    answers: { ...no, situation: 'at-door-now' },
    first: ['keep-door-shut'],
  },
  // A caller who has gone: tell the police on 101.
  {
    said: 'A man came round offering to do my drive. I said no and he left, but he looked round the side of the house.',
    answers: { ...no, situation: 'caller-was-here', shaken: 'no' },
    first: ['police-101', 'call-999-if-they-come-back'],
    never: ['beacon'],
  },
  {
    said: 'Someone came saying he was from the council about my bins, and now I am not sure he was.',
    answers: { ...no, situation: 'caller-was-here', shaken: 'yes' },
    first: ['police-101'],
    also: ['beacon'],
  },
  {
    said: 'A van has been going up and down our road with men knocking on doors.',
    answers: { ...no, situation: 'caller-was-here', shaken: 'no' },
    first: ['police-101'],
  },
  {
    said: 'A salesman would not take no for an answer. He has gone but I am shaking.',
    answers: { ...no, situation: 'caller-was-here', shaken: 'yes' },
    first: ['police-101', 'call-999-if-they-come-back', 'paid-the-caller', 'beacon'],
  },
  // Texts: 7726.
  {
    said: 'I got a text saying a parcel could not be delivered and I must pay £1.99.',
    answers: { ...no, situation: 'contacted', channel: 'text', engaged: 'no', shaken: 'no' },
    first: ['forward-text'],
    never: ['bank', 'report-fraud'],
  },
  {
    said: 'A text from “Mum” on a new number asking me to pay a bill for her.',
    answers: { ...no, situation: 'contacted', channel: 'text', engaged: 'no', shaken: 'yes' },
    first: ['forward-text', 'beacon'],
  },
  {
    said: 'I clicked the link in a text about my bank account but did not type anything.',
    answers: { ...no, situation: 'contacted', channel: 'text', engaged: 'yes', gave: 'no', shaken: 'no' },
    first: ['forward-text'],
  },
  {
    said: 'I clicked a link in a text from the “Post Office” and typed in my card number.',
    answers: { ...no, situation: 'contacted', channel: 'text', engaged: 'yes', gave: 'yes', shaken: 'no' },
    first: ['bank', 'report-fraud', 'forward-text'],
    also: ['money-back', 'beacon'],
  },
  // Emails: report@phishing.gov.uk.
  {
    said: 'An email says I am due a tax refund and I need to log in.',
    answers: { ...no, situation: 'contacted', channel: 'email', engaged: 'no', shaken: 'no' },
    first: ['forward-email'],
    never: ['bank'],
  },
  {
    said: 'An email from “Netflix” says my account is on hold. I replied asking what was wrong.',
    answers: { ...no, situation: 'contacted', channel: 'email', engaged: 'yes', gave: 'no', shaken: 'no' },
    first: ['forward-email'],
  },
  {
    said: 'I put my bank login into a page from an email that looked like my bank.',
    answers: { ...no, situation: 'contacted', channel: 'email', engaged: 'yes', gave: 'yes', shaken: 'yes' },
    first: ['bank', 'report-fraud', 'forward-email', 'change-passwords'],
    also: ['beacon'],
  },
  // Phone calls.
  {
    said: 'A man rang saying he was from my bank and my account was at risk. I hung up.',
    answers: { ...no, situation: 'contacted', channel: 'phone', engaged: 'no', shaken: 'no' },
    first: ['hang-up', 'report-fraud'],
  },
  {
    said: 'Someone called about my computer having a virus and I let them on to it.',
    answers: { ...no, situation: 'contacted', channel: 'phone', engaged: 'yes', gave: 'yes', shaken: 'yes' },
    first: ['bank', 'report-fraud', 'hang-up', 'change-passwords'],
  },
  {
    said: 'A caller said he was a police officer and asked me to read out my card number. I did.',
    answers: { ...no, situation: 'contacted', channel: 'phone', engaged: 'yes', gave: 'yes', shaken: 'no' },
    first: ['bank', 'report-fraud'],
  },
  {
    said: 'I keep getting calls about an accident I never had. I called one back.',
    answers: { ...no, situation: 'contacted', channel: 'phone', engaged: 'yes', gave: 'no', shaken: 'yes' },
    first: ['hang-up', 'report-fraud', 'beacon'],
  },
  // Letters and online.
  {
    said: 'A letter says I have won a lottery in Spain and must pay a fee to claim it.',
    answers: { ...no, situation: 'contacted', channel: 'letter', engaged: 'no', shaken: 'no' },
    first: ['keep-the-letter', 'report-fraud'],
  },
  {
    said: 'A psychic keeps writing to me. I sent one letter back.',
    answers: { ...no, situation: 'contacted', channel: 'letter', engaged: 'yes', gave: 'no', shaken: 'yes' },
    first: ['keep-the-letter', 'report-fraud', 'beacon'],
  },
  {
    said: 'A man I met on Facebook wants me to send him money for a flight.',
    answers: { ...no, situation: 'contacted', channel: 'online', engaged: 'yes', gave: 'no', shaken: 'yes' },
    first: ['block-them', 'report-fraud'],
  },
  {
    said: 'An advert on a website offered cheap shares. I filled in the form with my bank details.',
    answers: { ...no, situation: 'contacted', channel: 'online', engaged: 'yes', gave: 'yes', shaken: 'no' },
    first: ['bank', 'report-fraud', 'block-them'],
  },
  // Money sent or details given: your bank first, then Report Fraud, then the money-back page.
  {
    said: 'I moved £4,000 to a “safe account” this morning because the bank told me to.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'bank-transfer', when: 'today' },
    first: ['bank', 'report-fraud', 'money-back', 'beacon'],
  },
  {
    said: 'I paid a builder by bank transfer last week and he has not turned up since.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'bank-transfer', when: 'this-week' },
    first: ['bank', 'report-fraud', 'money-back'],
  },
  {
    said: 'Months ago I sent money to an investment that has now disappeared.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'bank-transfer', when: 'longer' },
    first: ['bank', 'report-fraud', 'money-back'],
  },
  {
    said: 'I bought a dog online with my debit card and it never came.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'card', when: 'this-week' },
    first: ['bank', 'report-fraud', 'money-back'],
  },
  {
    said: 'I paid for a “parcel fee” on my credit card today.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'card', when: 'today' },
    first: ['bank', 'report-fraud'],
  },
  {
    said: 'I gave a courier £2,000 in cash for the police today.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'cash', when: 'today' },
    first: ['bank', 'report-fraud', 'money-back', 'beacon'],
  },
  {
    said: 'A man at the door took £500 cash for gutter cleaning and never did it.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'cash', when: 'this-week' },
    first: ['bank', 'report-fraud'],
  },
  {
    said: 'I bought iTunes vouchers and read the numbers out to “HMRC”.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'gift-cards-or-crypto', when: 'today' },
    first: ['bank', 'report-fraud', 'money-back'],
  },
  {
    said: 'I put my savings into Bitcoin for a man I met online, a long time ago now.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'gift-cards-or-crypto', when: 'longer' },
    first: ['bank', 'report-fraud'],
  },
  {
    said: 'I told a caller my card number and the three numbers on the back. I have not lost any money yet.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'details-only', when: 'today' },
    first: ['bank', 'report-fraud', 'change-passwords'],
  },
  {
    said: 'Last month I gave my online banking password to someone on the phone.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'details-only', when: 'longer' },
    first: ['bank', 'report-fraud', 'change-passwords', 'money-back'],
  },
  // Agreed work at home: the cancellation check and Citizens Advice.
  {
    said: 'I signed up for new windows this afternoon with a salesman in my front room.',
    answers: { ...no, situation: 'agreed-work', when: 'today', shaken: 'no' },
    first: ['cancel', 'citizens-advice'],
    never: ['beacon'],
  },
  {
    said: 'A man knocked and I agreed he could do my roof on Friday. Now I am worried.',
    answers: { ...no, situation: 'agreed-work', when: 'this-week', shaken: 'yes' },
    first: ['cancel', 'citizens-advice'],
    also: ['beacon'],
  },
  {
    said: 'A trader came round, then phoned me and I agreed a new boiler over the phone.',
    answers: { ...no, situation: 'agreed-work', when: 'this-week', shaken: 'no' },
    first: ['cancel', 'citizens-advice', 'bank-if-paid'],
  },
  {
    said: 'The driveway men did the work two months ago and never gave me any paperwork.',
    answers: { ...no, situation: 'agreed-work', when: 'longer', shaken: 'yes' },
    first: ['cancel', 'citizens-advice'],
  },
  // Someone else: the helping page and a Beacon referral with their agreement.
  {
    said: 'My dad has loads of letters about prizes and I think he is sending money.',
    answers: { ...no, situation: 'someone-else', 'their-money': 'not-sure' },
    first: ['helping-someone', 'bank-if-lost', 'beacon-referral'],
  },
  {
    said: 'My neighbour paid a gardener £3,000 for a few hours’ work yesterday.',
    answers: { ...no, situation: 'someone-else', 'their-money': 'yes' },
    first: ['bank', 'report-fraud', 'helping-someone'],
    also: ['money-back', 'beacon-referral'],
  },
  {
    said: 'I am worried my aunt is being targeted by cold callers, but nothing has happened yet.',
    answers: { ...no, situation: 'someone-else', 'their-money': 'no' },
    first: ['helping-someone', 'beacon-referral'],
    never: ['bank'],
  },
  {
    said: 'My gran gave her bank details to a man who rang her about her pension.',
    answers: { ...no, situation: 'someone-else', 'their-money': 'yes' },
    first: ['bank', 'report-fraud'],
  },
  {
    said: 'My mum has a new online boyfriend who asks her for money.',
    answers: { ...no, situation: 'someone-else', 'their-money': 'not-sure' },
    first: ['helping-someone'],
    also: ['beacon-referral'],
  },
];
