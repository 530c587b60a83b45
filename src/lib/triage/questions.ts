/**
 * "What do I do now?" — the questions as data, in the order they are asked (GOV.UK prototype wizard style).
 * Each question says when it is asked as data (`needs`: the earlier answers that lead to it), so what it
 * depends on is read from the rule itself, and the navigator and the answer parser need no special cases.
 * Each question's radios are built from its ANSWER_VALUES, so a value without words is a type error.
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

/**
 * When a question is asked: each earlier question it reads, with the answers that lead to it. Every one must
 * hold (`{}`: always asked). Only earlier questions may be named (checked by limits.ts).
 */
type Needs = { readonly [K in QuestionId]?: readonly AnswerValue<K>[] };

interface OptionWords {
  label: string;
  hint?: string;
}

interface Option<K extends QuestionId = QuestionId> extends OptionWords {
  value: AnswerValue<K>;
}

export interface Question<K extends QuestionId = QuestionId> {
  id: K;
  /** The question, shown as the page's heading (the fieldset's legend). */
  legend: string;
  hint?: string;
  /** The radios, in the order of ANSWER_VALUES. */
  options: readonly Option<K>[];
  /** The error when Continue is pressed with nothing chosen. */
  required: string;
  /** The earlier answers that lead to this question: what it depends on is these keys, and only these. */
  needs: Needs;
}

/** A question's words, with its options' words keyed by answer value: a missing or extra value is a type error. */
type QuestionWords<K extends QuestionId> = Omit<Question<K>, 'id' | 'options'> & {
  options: { readonly [V in AnswerValue<K>]: OptionWords };
};

function question<K extends QuestionId>(id: K, words: QuestionWords<K>): Question<K> {
  const values: readonly AnswerValue<K>[] = ANSWER_VALUES[id];
  return { id, ...words, options: values.map((value) => ({ value, ...words.options[value] })) };
}

const YES_NO = { yes: { label: 'Yes' }, no: { label: 'No' } } as const;

export const QUESTIONS: readonly Question[] = [
  question('danger', {
    legend: 'Is anyone in danger now?',
    hint: 'Say yes if someone is at the door and will not leave, or you feel scared. Say yes too if someone is coming to get money, a bank card or gold from you.',
    options: YES_NO,
    required: 'Select yes if anyone is in danger now',
    needs: {},
  }),
  question('situation', {
    legend: 'What has happened?',
    hint: 'Choose the one that fits best.',
    options: {
      'at-door-now': { label: 'Someone I do not know is at my door now' },
      collection: {
        label: 'Someone is coming to get money, a bank card or gold from me',
        hint: 'Or a caller told me to take out cash or buy gold for them.',
      },
      'caller-was-here': { label: 'A caller or trader came to my door and has gone' },
      contacted: { label: 'I got a call, text, email, letter or message that might be a scam' },
      'paid-or-shared': { label: 'I have paid someone, or given my bank, card or login details' },
      'agreed-work': {
        label: 'I agreed to work or to buy something at home',
        hint: 'Or on the phone after a trader came to my door.',
      },
      'someone-else': { label: 'I am worried about someone else' },
    },
    required: 'Select what has happened',
    needs: { danger: ['no'] },
  }),
  question('took-or-paid', {
    legend: 'Did they take anything, or did you pay them?',
    options: {
      'took-something': { label: 'They took money or things from my home', hint: 'Or I think they did.' },
      cash: { label: 'I paid them in cash' },
      'card-or-transfer': { label: 'I paid them by card or bank transfer, or gave them my bank details' },
      no: { label: 'No' },
    },
    required: 'Select what they took, or how you paid them',
    needs: { situation: ['caller-was-here'] },
  }),
  question('payment', {
    legend: 'How did you pay?',
    options: {
      'bank-transfer': { label: 'By bank transfer, or in a banking app' },
      card: { label: 'By debit card or credit card' },
      cash: { label: 'In cash' },
      'gift-cards-or-crypto': { label: 'With gift cards, vouchers or crypto' },
      'details-only': {
        label: 'I did not pay, but I gave my bank, card or login details',
        hint: 'Or I told them a code, or let them use my computer or phone.',
      },
    },
    required: 'Select how you paid',
    needs: { situation: ['paid-or-shared'] },
  }),
  question('channel', {
    legend: 'How did they get in touch?',
    options: {
      phone: { label: 'A phone call' },
      text: { label: 'A text message' },
      email: { label: 'An email' },
      letter: { label: 'A letter' },
      online: { label: 'Online, like on a website, an app or social media' },
    },
    required: 'Select how they got in touch',
    needs: { situation: ['contacted'] },
  }),
  question('engaged', {
    legend: 'Did you reply, click a link or call them back?',
    hint: 'Say yes if you gave them anything, too.',
    options: YES_NO,
    required: 'Select yes if you replied, clicked or called back',
    needs: { situation: ['contacted'] },
  }),
  question('gave', {
    legend: 'What did you do?',
    hint: 'If more than one fits, choose the first one that does.',
    options: {
      yes: { label: 'I paid them, or gave my bank, card or login details' },
      code: { label: 'I told them a code that was sent to me' },
      access: { label: 'I let them use my computer or phone', hint: 'Or I put on an app they asked for.' },
      clicked: { label: 'I clicked a link, but did not type anything' },
      no: { label: 'None of these' },
    },
    required: 'Select what you did',
    // engaged is only asked about a message, so this is too.
    needs: { engaged: ['yes'] },
  }),
  question('when', {
    legend: 'When did it happen?',
    options: {
      today: { label: 'Today' },
      'this-week': { label: 'In the last week' },
      longer: { label: 'More than a week ago' },
    },
    required: 'Select when it happened',
    needs: { situation: ['paid-or-shared', 'agreed-work'] },
  }),
  question('paid', {
    legend: 'Have you paid them anything yet?',
    options: {
      'bank-transfer': { label: 'Yes, by bank transfer, or in a banking app' },
      card: { label: 'Yes, by debit card or credit card' },
      cash: { label: 'Yes, in cash' },
      'not-yet': { label: 'No, not yet' },
    },
    required: 'Select how you paid them, or No',
    needs: { situation: ['agreed-work'] },
  }),
  question('targeted', {
    legend: 'Is someone still trying to get money from them?',
    hint: 'For example, a caller keeps ringing, or a trader keeps coming back.',
    options: {
      now: { label: 'Yes, now. Someone is with them, or on the way to get money' },
      yes: { label: 'Yes. They still get calls, letters or visits' },
      no: { label: 'No, or I do not know' },
    },
    required: 'Select yes if someone is still trying to get money from them',
    needs: { situation: ['someone-else'] },
  }),
  question('their-money', {
    legend: 'Have they lost money, or given their bank details?',
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, 'not-sure': { label: 'I am not sure' } },
    required: 'Select yes if they have lost money or given their bank details',
    needs: { situation: ['someone-else'] },
  }),
  question('shaken', {
    legend: 'Do you feel shaken or upset?',
    hint: 'Lots of people do. It is normal.',
    options: YES_NO,
    required: 'Select yes if you feel shaken or upset',
    needs: { situation: ['caller-was-here', 'contacted', 'agreed-work'] },
  }),
];

/** The earlier answers a question reads, each with the values that lead to it (its `needs`, as pairs). */
export function needsOf(q: Question): [QuestionId, readonly string[]][] {
  return Object.entries(q.needs) as [QuestionId, readonly string[]][];
}

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
