/**
 * "What do I do now?" — the questions as data, in the order they are asked (GOV.UK prototype wizard style).
 * Each question says when it is asked (`askIf`, which only reads answers to questions before it) and which
 * earlier question decides that (`after`), so the navigator and the answer parser need no special cases.
 * Contract ids and values (DESIGN.md): danger, situation, payment, channel, engaged, when. Added here: the
 * situation `collection`, and the questions took-or-paid, gave, paid, targeted, their-money and shaken.
 */

/** @public (the contract re-exports it from index.ts) */
export const ANSWER_VALUES = {
  danger: ['yes', 'no'],
  situation: [
    'at-door-now',
    'collection',
    'caller-was-here',
    'contacted',
    'paid-or-shared',
    'agreed-work',
    'someone-else',
  ],
  'took-or-paid': ['took-something', 'cash', 'card-or-transfer', 'no'],
  payment: ['bank-transfer', 'card', 'cash', 'gift-cards-or-crypto', 'details-only'],
  channel: ['phone', 'text', 'email', 'letter', 'online'],
  engaged: ['yes', 'no'],
  gave: ['yes', 'code', 'access', 'clicked', 'no'],
  when: ['today', 'this-week', 'longer'],
  paid: ['bank-transfer', 'card', 'cash', 'not-yet'],
  targeted: ['now', 'yes', 'no'],
  'their-money': ['yes', 'no', 'not-sure'],
  shaken: ['yes', 'no'],
} as const;

export type QuestionId = keyof typeof ANSWER_VALUES;
export type AnswerValue<K extends QuestionId> = (typeof ANSWER_VALUES)[K][number];
/** The answers so far: each question's id and the value chosen. */
export type Answers = { [K in QuestionId]?: AnswerValue<K> };

interface Option<K extends QuestionId = QuestionId> {
  value: AnswerValue<K>;
  label: string;
  hint?: string;
}

export interface Question<K extends QuestionId = QuestionId> {
  id: K;
  /** The question, shown as the page's heading (the fieldset's legend). */
  legend: string;
  hint?: string;
  options: readonly Option<K>[];
  /** The error when Continue is pressed with nothing chosen. */
  required: string;
  /** The earlier question whose answer decides whether this one is asked (null: always asked). */
  after: QuestionId | null;
  askIf: (answers: Answers) => boolean;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const isSituation =
  (...situations: AnswerValue<'situation'>[]) =>
  (a: Answers) =>
    a.situation !== undefined && situations.includes(a.situation);

export const QUESTIONS: readonly Question[] = [
  {
    id: 'danger',
    legend: 'Is anyone in danger now?',
    hint: 'Say yes if someone is at the door and will not leave, or you feel scared. Say yes too if someone is coming to get money, a bank card or gold from you.',
    options: YES_NO,
    required: 'Select yes if anyone is in danger now',
    after: null,
    askIf: () => true,
  } satisfies Question<'danger'>,
  {
    id: 'situation',
    legend: 'What has happened?',
    hint: 'Choose the one that fits best.',
    options: [
      { value: 'at-door-now', label: 'Someone I do not know is at my door now' },
      {
        value: 'collection',
        label: 'Someone is coming to get money, a bank card or gold from me',
        hint: 'Or a caller told me to take out cash or buy gold for them.',
      },
      { value: 'caller-was-here', label: 'A caller or trader came to my door and has gone' },
      { value: 'contacted', label: 'I got a call, text, email, letter or message that might be a scam' },
      { value: 'paid-or-shared', label: 'I have paid someone, or given my bank, card or login details' },
      {
        value: 'agreed-work',
        label: 'I agreed to work or to buy something at home',
        hint: 'Or on the phone after a trader came to my door.',
      },
      { value: 'someone-else', label: 'I am worried about someone else' },
    ],
    required: 'Select what has happened',
    after: 'danger',
    askIf: (a) => a.danger === 'no',
  } satisfies Question<'situation'>,
  {
    id: 'took-or-paid',
    legend: 'Did they take anything, or did you pay them?',
    options: [
      { value: 'took-something', label: 'They took money or things from my home', hint: 'Or I think they did.' },
      { value: 'cash', label: 'I paid them in cash' },
      { value: 'card-or-transfer', label: 'I paid them by card or bank transfer, or gave them my bank details' },
      { value: 'no', label: 'No' },
    ],
    required: 'Select what they took, or how you paid them',
    after: 'situation',
    askIf: isSituation('caller-was-here'),
  } satisfies Question<'took-or-paid'>,
  {
    id: 'payment',
    legend: 'How did you pay?',
    options: [
      { value: 'bank-transfer', label: 'By bank transfer, or in a banking app' },
      { value: 'card', label: 'By debit card or credit card' },
      { value: 'cash', label: 'In cash' },
      { value: 'gift-cards-or-crypto', label: 'With gift cards, vouchers or crypto' },
      {
        value: 'details-only',
        label: 'I did not pay, but I gave my bank, card or login details',
        hint: 'Or I told them a code, or let them use my computer or phone.',
      },
    ],
    required: 'Select how you paid',
    after: 'situation',
    askIf: isSituation('paid-or-shared'),
  } satisfies Question<'payment'>,
  {
    id: 'channel',
    legend: 'How did they get in touch?',
    options: [
      { value: 'phone', label: 'A phone call' },
      { value: 'text', label: 'A text message' },
      { value: 'email', label: 'An email' },
      { value: 'letter', label: 'A letter' },
      { value: 'online', label: 'Online, like on a website, an app or social media' },
    ],
    required: 'Select how they got in touch',
    after: 'situation',
    askIf: isSituation('contacted'),
  } satisfies Question<'channel'>,
  {
    id: 'engaged',
    legend: 'Did you reply, click a link or call them back?',
    hint: 'Say yes if you gave them anything, too.',
    options: YES_NO,
    required: 'Select yes if you replied, clicked or called back',
    after: 'situation',
    askIf: isSituation('contacted'),
  } satisfies Question<'engaged'>,
  {
    id: 'gave',
    legend: 'What did you do?',
    hint: 'If more than one fits, choose the first one that does.',
    options: [
      { value: 'yes', label: 'I paid them, or gave my bank, card or login details' },
      { value: 'code', label: 'I told them a code that was sent to me' },
      { value: 'access', label: 'I let them use my computer or phone', hint: 'Or I put on an app they asked for.' },
      { value: 'clicked', label: 'I clicked a link, but did not type anything' },
      { value: 'no', label: 'None of these' },
    ],
    required: 'Select what you did',
    after: 'engaged',
    askIf: (a) => a.situation === 'contacted' && a.engaged === 'yes',
  } satisfies Question<'gave'>,
  {
    id: 'when',
    legend: 'When did it happen?',
    options: [
      { value: 'today', label: 'Today' },
      { value: 'this-week', label: 'In the last week' },
      { value: 'longer', label: 'More than a week ago' },
    ],
    required: 'Select when it happened',
    after: 'situation',
    askIf: isSituation('paid-or-shared', 'agreed-work'),
  } satisfies Question<'when'>,
  {
    id: 'paid',
    legend: 'Have you paid them anything yet?',
    options: [
      { value: 'bank-transfer', label: 'Yes, by bank transfer, or in a banking app' },
      { value: 'card', label: 'Yes, by debit card or credit card' },
      { value: 'cash', label: 'Yes, in cash' },
      { value: 'not-yet', label: 'No, not yet' },
    ],
    required: 'Select how you paid them, or No',
    after: 'situation',
    askIf: isSituation('agreed-work'),
  } satisfies Question<'paid'>,
  {
    id: 'targeted',
    legend: 'Is someone still trying to get money from them?',
    hint: 'For example, a caller keeps ringing, or a trader keeps coming back.',
    options: [
      { value: 'now', label: 'Yes, now. Someone is with them, or on the way to get money' },
      { value: 'yes', label: 'Yes. They still get calls, letters or visits' },
      { value: 'no', label: 'No, or I do not know' },
    ],
    required: 'Select yes if someone is still trying to get money from them',
    after: 'situation',
    askIf: isSituation('someone-else'),
  } satisfies Question<'targeted'>,
  {
    id: 'their-money',
    legend: 'Have they lost money, or given their bank details?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'I am not sure' },
    ],
    required: 'Select yes if they have lost money or given their bank details',
    after: 'situation',
    askIf: isSituation('someone-else'),
  } satisfies Question<'their-money'>,
  {
    id: 'shaken',
    legend: 'Do you feel shaken or upset?',
    hint: 'Lots of people do. It is normal.',
    options: YES_NO,
    required: 'Select yes if you feel shaken or upset',
    after: 'situation',
    askIf: isSituation('caller-was-here', 'contacted', 'agreed-work'),
  } satisfies Question<'shaken'>,
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: QuestionId): Question {
  const q = BY_ID.get(id);
  if (!q) throw new Error(`No question ${id}`);
  return q;
}

export function isQuestionId(id: string): id is QuestionId {
  return Object.hasOwn(ANSWER_VALUES, id);
}

export function isAnswerValue<K extends QuestionId>(id: K, value: string): value is AnswerValue<K> {
  return (ANSWER_VALUES[id] as readonly string[]).includes(value);
}
