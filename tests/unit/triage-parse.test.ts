import { describe, expect, it } from 'vitest';
import { PARSE_MESSAGES, parseTriage } from '../../src/lib/triage/index.ts';
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

  it('re-asks the deciding question, answer chosen, when answers contradict each other', () => {
    expect(parse('danger=no&situation=contacted&payment=card')).toEqual({
      kind: 'question',
      question: 'situation',
      answers: { danger: 'no' },
      selected: 'contacted',
      error: PARSE_MESSAGES.contradiction,
    });
    expect(parse('danger=yes&situation=paid-or-shared')).toMatchObject({ question: 'danger', selected: 'yes' });
    expect(parse('danger=no&situation=contacted&channel=text&engaged=no&gave=yes')).toMatchObject({
      question: 'engaged',
      selected: 'no',
    });
  });

  it('asks the deciding question first when a later answer comes without it', () => {
    expect(parse('situation=contacted')).toMatchObject({ question: 'danger', error: PARSE_MESSAGES.first });
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
