import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { describe, expect, it } from 'vitest';
import CancelCalculator from '../../src/components/cancel/CancelCalculator.tsx';
import { CancelQuestions } from '../../src/components/cancel/CancelQuestions.tsx';
import { CancelResult, checkAnswers } from '../../src/components/cancel/CancelResult.tsx';
import { emptyAnswers } from '../../src/lib/cancellation/form.ts';
import { answersFromQuery } from '../../src/lib/cancellation/query.ts';
import { contactLine } from '../../src/lib/contacts/tokens.ts';
import { cancelPage } from '../../src/render/cancel-page.tsx';

/**
 * Same state, same markup, two paths (Starlight's "renders the same content" test): what the island
 * renders, with its handlers, and what the no-JavaScript answer renders for the same answers. The island
 * asks only the questions that fit the answers so far and the no-JS form asks them all, so the shared
 * part is every control, label and error the island shows; the answer and the letter are the same whole.
 */

const TODAY = '2025-12-09';
const noop = () => undefined;
/** What the calculator's page hands the island (src/pages/can-i-still-cancel/index.astro). */
const adviceLine = contactLine('citizens-advice');
const noJs = (query: string) => cancelPage(new URLSearchParams(query), TODAY).fill.main.value;

const pieces = (markup: string, pattern: RegExp) => [...markup.matchAll(pattern)].map((m) => m[0]);
const INPUTS = /<input [^>]*>/g;
const LABELS = /<(label|legend)[^>]*>[^<]*<\/\1>/g;
const ERRORS = /<span class="error-message"[\s\S]*?<\/span>[^<]*<\/span>/g;
const SUMMARY = /<div role="alert">[\s\S]*?<\/ul><\/div>/;

describe('the calculator renders the same markup in the island and without JavaScript', () => {
  it('before the island hydrates, it is the no-JavaScript form exactly', () => {
    const blank = renderToStaticMarkup(createElement(CancelQuestions, { answers: emptyAnswers(), errors: {} }));
    expect(renderToStaticMarkup(createElement(CancelCalculator, { adviceLine }))).toBe(blank);
    expect(blank).toContain('<form class="cancel-questions" noValidate="" action="/can-i-still-cancel/" method="get">');
  });

  for (const [what, query] of [
    [
      'a date that does not exist, for work',
      'kind=services&agreedOn-day=31&agreedOn-month=2&agreedOn-year=2025&price=abc',
    ],
    [
      'goods that arrived before they were agreed',
      'kind=goods&agreedOn=2025-12-05&price=900&offPremises=no&infoGiven=later&goodsArrived=yes&goodsReceivedOn=2025-12-01',
    ],
    ['nothing answered', 'agreedOn='],
  ] as const) {
    it(`questions with errors: ${what}`, () => {
      const answers = answersFromQuery(new URLSearchParams(query));
      const view = checkAnswers(answers, TODAY);
      expect(view.kind).toBe('questions');
      const errors = view.kind === 'questions' ? view.errors : {};
      const live = renderToStaticMarkup(
        createElement(CancelQuestions, { answers, errors, onChange: noop, onSubmit: noop }),
      );
      const page = noJs(query);

      expect(page.match(SUMMARY)?.[0]).toBe(live.match(SUMMARY)?.[0]);
      expect(live.match(SUMMARY)).not.toBeNull();
      for (const pattern of [INPUTS, LABELS, ERRORS]) {
        const shown = pieces(live, pattern);
        expect(shown.length).toBeGreaterThan(0);
        for (const piece of shown) expect(page).toContain(piece);
      }
    });
  }

  for (const [what, query] of [
    [
      'work agreed at home',
      'kind=services&agreedOn=2025-12-02&price=4000&offPremises=yes&infoGiven=yes&urgentRepairRequested=no&earlyStart=no',
    ],
    [
      'goods, information given late',
      'kind=goods&agreedOn=2025-12-01&price=900&offPremises=yes&infoGiven=yes&infoGivenOn=2025-12-03&madeToSpecification=no&goodsReceivedOn=2025-12-05',
    ],
    [
      'too late, no letter',
      'kind=services&agreedOn=2025-11-01&price=4000&offPremises=yes&infoGiven=yes&urgentRepairRequested=no&earlyStart=no',
    ],
    [
      'a quote from a home visit, accepted later by phone',
      'kind=services&agreedOn=2025-12-02&price=4000&offPremises=later&infoGiven=yes&urgentRepairRequested=no&earlyStart=no',
    ],
    [
      'bought online',
      'kind=goods&agreedOn=2025-12-01&price=90&offPremises=distance&infoGiven=yes&madeToSpecification=no&goodsArrived=no',
    ],
  ] as const) {
    it(`the answer and the letter: ${what}`, () => {
      const view = checkAnswers(answersFromQuery(new URLSearchParams(query)), TODAY);
      expect(view.kind).not.toBe('questions');
      if (view.kind === 'questions') return;
      const live = renderToStaticMarkup(
        createElement(CancelResult, { view, today: TODAY, adviceLine, onChangeAnswers: noop }),
      );
      const page = noJs(query);
      // The answer up to its way back to the questions: a button in the island, a link without it.
      const answer = (markup: string) => markup.slice(0, markup.indexOf('Change your answers'));
      const shared = answer(live).slice(0, answer(live).lastIndexOf('<'));
      expect(shared.length).toBeGreaterThan(100);
      expect(page.startsWith(shared)).toBe(true);
      const letter = /<article[\s\S]*?<\/article>/;
      expect(page.match(letter)?.[0]).toBe(live.match(letter)?.[0]);
      if (view.kind === 'answer' && view.answer.letter) expect(live).toMatch(letter);
    });
  }
});
