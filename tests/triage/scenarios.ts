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
  // A scam still happening: a "courier" coming to collect. 999 first, whether or not they feel in danger.
  {
    said: 'A detective rang. A courier is coming at four to collect my bank card as evidence.',
    answers: { ...no, situation: 'collection' },
    first: ['call-999', 'no-couriers', 'bank'],
  },
  {
    said: 'The man from my bank says to take out £5,000 and buy gold. Someone will come for it tonight.',
    answers: { ...no, situation: 'collection' },
    first: ['call-999', 'no-couriers'],
    also: ['beacon'],
  },
  {
    said: 'A police officer on the phone says a courier is outside to pick up cash, and I feel frightened.',
    answers: { danger: 'yes' },
    first: ['call-999', 'lock-doors'],
  },
  // Someone at the door now, not (yet) a danger.
  {
    said: 'There is a man at the door saying he is from the water board.',
    answers: { ...no, situation: 'at-door-now' },
    first: ['keep-door-shut', 'call-999-at-door', 'check-id'],
  },
  {
    said: 'Two lads at the door say my roof tiles are loose and they can fix them today.',
    answers: { ...no, situation: 'at-door-now' },
    // The seeds' advice: a suspected rogue trader at the door is a 999 call, not only one who won't leave.
    first: ['keep-door-shut', 'call-999-at-door'],
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
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'no' },
    first: ['police-101', 'call-999-if-they-come-back'],
    never: ['beacon'],
  },
  {
    said: 'Someone came saying he was from the council about my bins, and now I am not sure he was.',
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'yes' },
    first: ['police-101'],
    also: ['beacon'],
  },
  {
    said: 'A van has been going up and down our road with men knocking on doors.',
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'no' },
    first: ['police-101'],
  },
  {
    said: 'A salesman would not take no for an answer. He has gone but I am shaking.',
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'yes' },
    first: ['police-101', 'call-999-if-they-come-back', 'agreed-with-caller', 'beacon'],
  },
  // A caller who has gone with money or things: 999 for a theft, 999 or 101 for cash, the bank for a payment.
  {
    said: 'Two men said they were from the water board. After they left, my purse was gone from the kitchen.',
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'took-something', shaken: 'yes' },
    first: ['call-999', 'bank-if-cards'],
    also: ['beacon'],
  },
  {
    said: 'I paid a man £300 in cash to clear my gutters. He has just driven off and the gutters are full.',
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'cash', shaken: 'no' },
    first: ['call-999-if-near', 'police-101'],
    never: ['report-fraud', 'bank'],
  },
  {
    said: 'A man said my chimney was loose. I paid him £1,200 by bank transfer on his phone and he left.',
    answers: { ...no, situation: 'caller-was-here', 'took-or-paid': 'card-or-transfer', shaken: 'yes' },
    first: ['bank', 'police-101', 'call-999-if-they-come-back'],
    also: ['beacon'],
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
    answers: { ...no, situation: 'contacted', channel: 'text', engaged: 'yes', gave: 'clicked', shaken: 'no' },
    // A link clicked, nothing typed: check the phone too.
    first: ['forward-text', 'check-device'],
    never: ['bank', 'change-passwords'],
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
    answers: { ...no, situation: 'contacted', channel: 'phone', engaged: 'yes', gave: 'access', shaken: 'yes' },
    // Remote access: tell the bank, cut the device off, change passwords from another device.
    first: ['bank', 'check-device', 'change-passwords', 'report-fraud'],
    also: ['beacon'],
  },
  {
    said: 'A man from “my bank’s fraud team” asked me to read out the code they had just texted me, and I did.',
    answers: { ...no, situation: 'contacted', channel: 'phone', engaged: 'yes', gave: 'code', shaken: 'no' },
    first: ['bank', 'change-passwords', 'report-fraud'],
  },
  {
    said: 'A text from “Royal Mail” had a link. I clicked it and put in the code my bank sent me.',
    answers: { ...no, situation: 'contacted', channel: 'text', engaged: 'yes', gave: 'code', shaken: 'yes' },
    first: ['bank', 'change-passwords', 'report-fraud', 'forward-text'],
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
    // Cash went in person: 999 if they are near or coming back, otherwise 101 now; then the bank.
    first: ['call-999-if-near', 'police-101', 'bank', 'report-fraud'],
    also: ['beacon'],
  },
  {
    said: 'A man at the door took £500 cash for gutter cleaning and never did it.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'cash', when: 'this-week' },
    first: ['call-999-if-near', 'police-101'],
  },
  {
    said: 'I bought iTunes vouchers and read the numbers out to “HMRC”.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'gift-cards-or-crypto', when: 'today' },
    // The card company first: it may freeze money not yet spent.
    first: ['gift-card-company', 'bank', 'report-fraud', 'money-back'],
  },
  {
    said: 'I put my savings into Bitcoin for a man I met online, a long time ago now.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'gift-cards-or-crypto', when: 'longer' },
    first: ['gift-card-company', 'bank', 'report-fraud'],
  },
  {
    said: 'I told a caller my card number and the three numbers on the back. I have not lost any money yet.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'details-only', when: 'today' },
    first: ['bank', 'report-fraud', 'change-passwords'],
  },
  {
    said: 'Last month I gave my online banking password to someone on the phone.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'details-only', when: 'longer' },
    first: ['bank', 'report-fraud', 'change-passwords', 'check-device', 'money-back'],
  },
  {
    said: 'I let a man from “BT” on to my laptop this morning and he had me log in to my bank.',
    answers: { ...no, situation: 'paid-or-shared', payment: 'details-only', when: 'today' },
    first: ['bank'],
    also: ['change-passwords', 'check-device'],
  },
  // Agreed work at home: the cancellation check and Citizens Advice.
  {
    said: 'I signed up for new windows this afternoon with a salesman in my front room.',
    answers: { ...no, situation: 'agreed-work', when: 'today', paid: 'not-yet', shaken: 'no' },
    first: ['cancel', 'citizens-advice'],
    never: ['beacon', 'bank'],
  },
  {
    said: 'A man knocked and I agreed he could do my roof on Friday. I gave him £400 in cash. Now I am worried.',
    answers: { ...no, situation: 'agreed-work', when: 'this-week', paid: 'cash', shaken: 'yes' },
    // Cash to a trader who knocked: tell the police on 101, and 999 if they come back.
    first: ['cancel', 'citizens-advice', 'police-101', 'call-999-if-they-come-back'],
    also: ['beacon'],
  },
  {
    said: 'A trader came round, then phoned me. I agreed a new boiler over the phone and paid a deposit by card.',
    answers: { ...no, situation: 'agreed-work', when: 'this-week', paid: 'card', shaken: 'no' },
    first: ['cancel', 'citizens-advice', 'bank'],
  },
  {
    said: 'The driveway men did the work two months ago. I paid by bank transfer and never got any paperwork.',
    answers: { ...no, situation: 'agreed-work', when: 'longer', paid: 'bank-transfer', shaken: 'yes' },
    first: ['cancel', 'bank', 'citizens-advice'],
  },
  {
    said: 'This morning a roofer at my door said my tiles were dangerous. I paid him £2,500 by bank transfer.',
    answers: { ...no, situation: 'agreed-work', when: 'today', paid: 'bank-transfer', shaken: 'no' },
    // A transfer made today: hours matter, so the bank comes before the 14 days.
    first: ['bank', 'cancel', 'citizens-advice'],
  },
  // Someone else: the helping page and a Beacon referral with their agreement.
  {
    said: 'My dad has loads of letters about prizes and I think he is sending money.',
    answers: { ...no, situation: 'someone-else', targeted: 'yes', 'their-money': 'not-sure' },
    // Still being targeted: tell the police on 101.
    first: ['police-101', 'helping-someone', 'bank-if-lost', 'beacon-referral'],
  },
  {
    said: 'My neighbour paid a gardener £3,000 for a few hours’ work yesterday.',
    answers: { ...no, situation: 'someone-else', targeted: 'no', 'their-money': 'yes' },
    first: ['bank', 'report-fraud', 'helping-someone'],
    also: ['money-back', 'beacon-referral'],
    never: ['police-101', 'call-999'],
  },
  {
    said: 'I am worried my aunt is being targeted by cold callers, but nothing has happened yet.',
    answers: { ...no, situation: 'someone-else', targeted: 'yes', 'their-money': 'no' },
    first: ['police-101', 'helping-someone', 'beacon-referral'],
    never: ['bank'],
  },
  {
    said: 'My gran gave her bank details to a man who rang her about her pension.',
    answers: { ...no, situation: 'someone-else', targeted: 'no', 'their-money': 'yes' },
    first: ['bank', 'report-fraud'],
  },
  {
    said: 'My neighbour rang me: a taxi is coming to take her to the bank for “the police”.',
    answers: { ...no, situation: 'someone-else', targeted: 'now', 'their-money': 'not-sure' },
    first: ['call-999', 'helping-someone'],
  },
  {
    said: 'My mum has a new online boyfriend who asks her for money.',
    answers: { ...no, situation: 'someone-else', targeted: 'yes', 'their-money': 'not-sure' },
    first: ['police-101', 'helping-someone'],
    also: ['beacon-referral'],
  },
];
