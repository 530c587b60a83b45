import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { describe, expect, it } from 'vitest';
import { PlanCall } from '../../src/components/triage/PlanCall.tsx';
import { errorHref } from '../../src/components/triage/TriageQuestion.tsx';
import { Button } from '../../src/components/ui/Button.tsx';
import { ErrorSummary } from '../../src/components/ui/ErrorSummary.tsx';
import { Radios } from '../../src/components/ui/Radios.tsx';
import { CONTACTS, type ContactId } from '../../src/lib/contacts/contacts.ts';
import { hoursNote } from '../../src/lib/contacts/tokens.ts';
import { parseTriage, planFor, PARSE_MESSAGES, QUESTIONS, type Question } from '../../src/lib/triage/index.ts';
import { triageUrl } from '../../src/lib/triage/links.ts';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import { triageFill } from '../../src/render/triage-page.tsx';

/**
 * One source for every piece of markup: a "What do I do now?" question page is the ui component set's
 * markup, not a copy of it. For each question, plain, with its error and with an answer chosen, the page
 * holds exactly what Radios, ErrorSummary and Button render on their own for the same props, once.
 */

const page = (query: string) => triageFill(parseTriage(new URLSearchParams(query))).main.value;
const count = (markup: string, piece: string) => markup.split(piece).length - 1;

/** The address of the first page that asks each question (the first path through the answers that does). */
function firstAsked(): Map<string, string> {
  const asked = new Map<string, string>();
  for (const answers of allCompleteAnswers()) {
    const sofar: Record<string, string> = {};
    for (const [id, value] of Object.entries(answers)) {
      if (!asked.has(id)) asked.set(id, triageUrl(sofar).split('?')[1] ?? '');
      sofar[id] = value;
    }
  }
  return asked;
}

const radios = (q: Question, value: string, error?: string) =>
  renderToStaticMarkup(
    createElement(Radios<string>, {
      name: q.id,
      legend: q.legend,
      heading: { level: 1 },
      hint: q.hint,
      options: q.options,
      value,
      error,
    }),
  );

describe('the triage question is rendered from the ui components', () => {
  const asked = firstAsked();
  it('asks every question on some path', () => {
    expect([...asked.keys()].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  for (const q of QUESTIONS) {
    const query = asked.get(q.id) ?? '';
    const and = query === '' ? '' : `${query}&`;

    it(`${q.id}: the radios and the button, exactly as the components render them`, () => {
      const markup = page(query);
      const fieldset = radios(q, '');
      expect(count(markup, fieldset)).toBe(1);
      expect(count(markup, renderToStaticMarkup(createElement(Button, { children: 'Continue' })))).toBe(1);
      expect(markup).not.toContain('error-summary');
      expect(markup).toContain(`<legend class="legend--page-heading"><h1>${q.legend}</h1></legend>`);
    });

    it(`${q.id}: with its error, the summary and the message, exactly as the components render them`, () => {
      const markup = page(`${and}asked=${q.id}`);
      const summary = renderToStaticMarkup(
        createElement(ErrorSummary, { errors: [{ href: errorHref(q.id), message: q.required }], autoFocus: true }),
      );
      expect(count(markup, summary)).toBe(1);
      expect(count(markup, radios(q, '', q.required))).toBe(1);
      // The summary's link goes to a radio on the page.
      expect(markup).toContain(`<input type="radio" id="${errorHref(q.id).slice(1)}"`);
      expect(summary).toContain('<div role="alert">');
      expect(summary).toContain('autofocus=""');
    });

    it(`${q.id}: an answer being changed is chosen, as the component renders it`, () => {
      const value = q.options.at(-1)!.value;
      const markup = page(`${and}${q.id}=${value}&change=${q.id}`);
      expect(count(markup, radios(q, value))).toBe(1);
      expect(count(markup, ' checked=""')).toBe(1);
    });
  }

  it('an answer the question does not have gets the radios with the parser’s error', () => {
    const q = QUESTIONS[0]!;
    expect(count(page(`${q.id}=maybe`), radios(q, '', PARSE_MESSAGES.unknown))).toBe(1);
  });
});

describe('the plan says each line’s hours the way contacts.ts marks them', () => {
  const used = new Set<ContactId>(['beacon', 'victim-support']);
  for (const answers of allCompleteAnswers())
    for (const s of planFor(answers).steps) if (s.contact) used.add(s.contact);

  it.each([...used])('%s: "open all day" only for an always-open line, else the advice pages’ words', (id) => {
    const markup = renderToStaticMarkup(createElement(PlanCall, { contact: id }));
    const text = markup
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
    const { display, name, hours } = CONTACTS[id];
    if (hours.open === 'always') {
      expect(text).toBe(`${display} ${name}. Open all day, every day.`);
      return;
    }
    // Hours no page confirms are never stated here as fact: the words are tokens.ts's, whatever they are.
    expect(text).not.toContain('Open all day');
    expect(text).not.toMatch(/\bOpen [A-Z]/);
    const said = hoursNote(id)
      .map((p) => p.text)
      .join('');
    expect(text).toBe(`${display} ${name}. ${said.charAt(0).toUpperCase()}${said.slice(1)}.`);
  });
});
