import { describe, expect, it } from 'vitest';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import {
  PARSE_MESSAGES,
  parseTriage,
  planFor,
  QUESTIONS,
  type Answers,
  type QuestionId,
} from '../../src/lib/triage/index.ts';
import { triageUrl } from '../../src/lib/triage/links.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';

const parse = (query: string) => parseTriage(new URLSearchParams(query));

describe('reading answers from the address', () => {
  it('asks the first question when there are no answers', () => {
    expect(parse('')).toEqual({ kind: 'question', question: 'danger', answers: {} });
  });

  it('asks the next question, carrying the answers so far', () => {
    expect(parse('danger=no&situation=contacted')).toEqual({
      kind: 'question',
      question: 'channel',
      answers: { danger: 'no', situation: 'contacted' },
    });
  });

  it('gives the plan when every question is answered', () => {
    expect(parse('danger=no&situation=at-door-now')).toEqual({
      kind: 'plan',
      answers: { danger: 'no', situation: 'at-door-now' },
    });
  });

  it('asks again with an error when Continue is pressed with nothing chosen', () => {
    expect(parse('danger=no&asked=situation')).toMatchObject({
      kind: 'question',
      question: 'situation',
      error: 'Select what has happened',
    });
  });

  it('asks again with an error for an answer it does not know', () => {
    expect(parse('danger=no&situation=burgled')).toMatchObject({
      question: 'situation',
      answers: { danger: 'no' },
      error: PARSE_MESSAGES.unknown,
    });
  });

  it('asks again with an error for two different answers to one question', () => {
    expect(parse('danger=yes&danger=no')).toMatchObject({ question: 'danger', error: PARSE_MESSAGES.several });
    // The same answer twice is one answer.
    expect(parse('danger=yes&danger=yes')).toEqual({ kind: 'plan', answers: { danger: 'yes' } });
  });

  it('keeps every answer a bookmarked address gives that is still on its path, and shows the plan', () => {
    // Once asked "Did you reply…?" again, dropped `when` and `gave`, and ended in "do not fit together".
    expect(parse('danger=no&situation=paid-or-shared&payment=card&when=today&gave=yes')).toEqual({
      kind: 'plan',
      answers: { danger: 'no', situation: 'paid-or-shared', payment: 'card', when: 'today' },
      // Not asked on this path (the payment question says it), so set aside, never an error.
      told: { gave: 'yes' },
    });
  });

  it('asks only what the address does not say yet, carrying the answers after it too', () => {
    expect(parse('danger=no&situation=paid-or-shared&when=today&gave=yes')).toEqual({
      kind: 'question',
      question: 'payment',
      answers: { danger: 'no', situation: 'paid-or-shared', when: 'today' },
    });
  });

  it('keeps an answer waiting for the earlier answer it needs', () => {
    expect(parse('situation=contacted&channel=text')).toEqual({
      kind: 'question',
      question: 'danger',
      answers: { situation: 'contacted', channel: 'text' },
    });
    expect(parse('situation=contacted&channel=text&danger=no')).toMatchObject({
      question: 'engaged',
      answers: { danger: 'no', situation: 'contacted', channel: 'text' },
    });
  });

  it('sets aside answers the path does not ask, never an error: the next question or the plan', () => {
    expect(parse('danger=no&situation=contacted&payment=card')).toEqual({
      kind: 'question',
      question: 'channel',
      answers: { danger: 'no', situation: 'contacted' },
    });
    expect(parse('danger=no&situation=at-door-now&payment=card')).toEqual({
      kind: 'plan',
      answers: { danger: 'no', situation: 'at-door-now' },
      told: { payment: 'card' },
    });
    expect(parse('danger=no&situation=contacted&channel=text&engaged=no&gave=yes')).toEqual({
      kind: 'question',
      question: 'shaken',
      answers: { danger: 'no', situation: 'contacted', channel: 'text', engaged: 'no' },
    });
    // Someone in danger is asked nothing more; what else the address says is kept for the plan.
    expect(parse('danger=yes&situation=paid-or-shared&payment=bank-transfer')).toEqual({
      kind: 'plan',
      answers: { danger: 'yes' },
      told: { situation: 'paid-or-shared', payment: 'bank-transfer' },
    });
  });

  it('asks a bad answer again without losing the answers after it', () => {
    expect(parse('danger=no&situation=paid-or-shared&payment=cheque&when=today')).toEqual({
      kind: 'question',
      question: 'payment',
      answers: { danger: 'no', situation: 'paid-or-shared', when: 'today' },
      error: PARSE_MESSAGES.unknown,
    });
  });

  it('re-asks an earlier question with its answer chosen, for the back link', () => {
    expect(parse('danger=no&situation=card-fraud&change=danger')).toMatchObject({ error: PARSE_MESSAGES.unknown });
    expect(parse('danger=no&situation=contacted&channel=text&change=situation')).toEqual({
      kind: 'question',
      question: 'situation',
      answers: { danger: 'no' },
      selected: 'contacted',
    });
    // Changing a question that was not answered is ignored.
    expect(parse('danger=no&change=payment')).toMatchObject({ question: 'situation' });
  });

  it('ignores other names in the address, such as tracking codes', () => {
    expect(parse('danger=yes&utm_source=leaflet')).toEqual({ kind: 'plan', answers: { danger: 'yes' } });
  });

  it('never throws, whatever the input', () => {
    for (const s of HOSTILE_STRINGS) {
      for (const key of ['danger', 'situation', 'change', 'asked', s]) {
        expect(() => parseTriage(new URLSearchParams([[key, s]]))).not.toThrow();
        expect(() =>
          parseTriage(
            new URLSearchParams([
              ['danger', 'no'],
              [key, s],
            ]),
          ),
        ).not.toThrow();
      }
    }
  });
});

describe('reading every path’s address, however it is written', () => {
  const paths = allCompleteAnswers();
  const query = (answers: Answers) => triageUrl(answers).split('?')[1] ?? '';

  it('reads each complete path’s address back to its answers and its plan', () => {
    for (const answers of paths) expect(parse(query(answers)), query(answers)).toEqual({ kind: 'plan', answers });
  });

  it('reads the answers in any order', () => {
    const random = seededRandom(20260101);
    for (const answers of paths) {
      const pairs = [...new URLSearchParams(query(answers))];
      for (let i = pairs.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
      }
      expect(parseTriage(new URLSearchParams(pairs)), query(answers)).toEqual({ kind: 'plan', answers });
    }
  });

  it('sets aside any answer a path does not ask, and the plan stays the same', () => {
    for (const answers of paths) {
      const asked = new Set(Object.keys(answers));
      for (const q of QUESTIONS.filter((x) => !asked.has(x.id))) {
        for (const { value } of q.options) {
          const url = `${query(answers)}&${q.id}=${value}`;
          expect(parse(url), url).toEqual({ kind: 'plan', answers, told: { [q.id]: value } });
          // Someone in danger may be told to call the bank too (triage-plan.test.ts); nobody else's plan changes.
          if (answers.danger === 'no') expect(planFor({ ...answers, [q.id]: value }), url).toEqual(planFor(answers));
        }
      }
    }
  });

  it('asks again only the answer left out, keeping every other', () => {
    for (const answers of paths) {
      for (const id of Object.keys(answers) as QuestionId[]) {
        const rest: Answers = Object.fromEntries(Object.entries(answers).filter(([q]) => q !== id));
        expect(parse(query(rest)), `${query(answers)} without ${id}`).toEqual({
          kind: 'question',
          question: id,
          answers: rest,
        });
      }
    }
  });
});
