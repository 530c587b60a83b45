import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { describe, expect, it } from 'vitest';
import { CheckAnswers } from '../../src/components/referral/CheckAnswers.tsx';
import { ReferralConfirmation } from '../../src/components/referral/ReferralConfirmation.tsx';
import { ReferralForm } from '../../src/components/referral/ReferralForm.tsx';
import ReferralJourney, { stepSummaryErrors } from '../../src/components/referral/ReferralJourney.tsx';
import { StepQuestions } from '../../src/components/referral/StepQuestions.tsx';
import { ErrorSummary } from '../../src/components/ui/ErrorSummary.tsx';
import { confirmationFor, type StatusRecord } from '../../src/lib/referral/confirmation.ts';
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import type { Answers } from '../../src/lib/referral/schema.ts';
import { CHECK, STEPS, stepFields, type StepId } from '../../src/lib/referral/steps.ts';
import { validateReferral, type FieldErrors } from '../../src/lib/referral/validate.ts';
import { referralConfirmationPage } from '../../src/render/referral-confirmation-page.tsx';
import { referralFormPage } from '../../src/render/referral-form-page.tsx';

/**
 * Same state, same markup, two paths: what the island renders, a step at a time, and what the
 * no-JavaScript form page renders for the same answers and errors, all on one page. The shared part is
 * every control, label, hint and error the island shows (the island's question is also its step's heading,
 * so legends are compared by their words), and the error summary's list for the step's errors.
 */

const noop = () => undefined;
const pieces = (markup: string, pattern: RegExp) => [...markup.matchAll(pattern)].map((m) => m[0]);
const INPUTS = /<input [^>]*>/g;
const TEXTAREAS = /<textarea[^>]*>[^<]*<\/textarea>/g;
const LABELS = /<label [^>]*>[^<]*<\/label>/g;
const HINTS = /<p class="hint" id="[^"]*">[^<]*<\/p>/g;
const ERRORS = /<span class="error-message"[\s\S]*?<\/span>[^<]*<\/span>/g;
const LEGENDS = /<legend>([\s\S]*?)<\/legend>/g;
const SUMMARY = /<div role="alert">[\s\S]*?<\/div>/;
const SUMMARY_ITEMS = /<li><a href="[^"]*">[^<]*<\/a><\/li>/g;
const words = (markup: string) => markup.replace(/<[^>]*>/g, '');

const complete: Answers = EXAMPLE_ANSWERS;

const errorsOf = (answers: Answers): FieldErrors => {
  const result = validateReferral(answers);
  return result.ok ? {} : result.fields;
};

/** The island's markup on a step, with the step's share of the errors (as the island shows them). */
function islandStep(step: StepId, answers: Answers, errors: FieldErrors): string {
  const mine = Object.fromEntries(
    Object.entries(errors).filter(([field]) => (stepFields(step) as readonly string[]).includes(field)),
  );
  const summary = createElement(ErrorSummary, { errors: stepSummaryErrors(mine, step) });
  const questions =
    step === CHECK
      ? createElement(CheckAnswers, {
          answers,
          consentError: mine.consent,
          sending: false,
          headingRef: null,
          changeHref: () => '#',
          onChange: noop,
          onConsent: noop,
        })
      : createElement(StepQuestions, { step, answers, errors: mine, headingRef: null, onAnswer: noop });
  return renderToStaticMarkup(createElement('div', null, summary, questions));
}

function expectStepsShared(answers: Answers, errors: FieldErrors, problem?: string) {
  const page = referralFormPage({ answers, fields: errors, ...(problem ? { problem } : {}) }).value;
  const legends = pieces(page, LEGENDS).map(words);
  let compared = 0;
  const islandItems: string[] = [];
  for (const { id } of STEPS) {
    const live = islandStep(id, answers, errors);
    for (const pattern of [INPUTS, TEXTAREAS, LABELS, HINTS, ERRORS]) {
      for (const piece of pieces(live, pattern)) {
        expect(page, `step ${id}`).toContain(piece);
        compared += 1;
      }
    }
    for (const legend of pieces(live, LEGENDS)) expect(legends).toContain(words(legend));
    islandItems.push(...pieces(live.match(SUMMARY)?.[0] ?? '', SUMMARY_ITEMS));
  }
  // Step by step, the island's summaries list what the page's one summary lists, in the same order.
  expect(islandItems).toEqual(pieces(page.match(SUMMARY)?.[0] ?? '', SUMMARY_ITEMS));
  expect(compared).toBeGreaterThan(40);
  return page;
}

describe('the referral renders the same markup in the island and without JavaScript', () => {
  it('before the island hydrates, it is the no-JavaScript form exactly', () => {
    const blank = renderToStaticMarkup(createElement(ReferralForm, { answers: {}, errors: {} }));
    expect(renderToStaticMarkup(createElement(ReferralJourney))).toBe(blank);
    expect(blank).toContain('action="/api/referral" method="post"');
    expect(blank).toContain('<input type="text" id="website" tabindex="-1" autoComplete="off" name="website"/>');
  });

  const broken: [string, Answers][] = [
    ['nothing answered', {}],
    ['a phone number too short, no name', { ...complete, name: '', phone: '12' }],
    ['an email address that is not one', { ...complete, contactMethod: 'email', email: 'ada.example.com' }],
    ['a letter with no address and a postcode that is not one', { ...complete, contactMethod: 'post', postcode: 'X1' }],
    ['too long a description', { ...complete, description: 'x'.repeat(1501) }],
    ['"No one yet" ticked with the police', { ...complete, reportedTo: ['police', 'none'] }],
    ['no consent', { ...complete, consent: '' }],
  ];
  for (const [what, answers] of broken) {
    it(`errors: ${what}`, () => {
      const errors = errorsOf(answers);
      expect(Object.keys(errors).length).toBeGreaterThan(0);
      const page = expectStepsShared(answers, errors);
      // As React escapes text: the messages' apostrophes ('No one yet') become &#x27;.
      for (const message of Object.values(errors)) {
        expect(page).toContain(`</span>${message.replaceAll("'", '&#x27;')}</span>`);
      }
      // GOV.UK: the page's summary takes focus; each message links to its field's first control.
      expect(page).toContain('<div class="error-summary" tabindex="-1" autofocus="">');
      for (const field of Object.keys(errors)) expect(page).toMatch(new RegExp(`<a href="#${field}">[^<]+</a>`));
      for (const field of Object.keys(errors)) expect(page).toMatch(new RegExp(` id="${field}"`));
    });
  }

  it('a full, valid form shown again (the referral could not be stored)', () => {
    expect(validateReferral(complete).ok).toBe(true);
    const page = expectStepsShared(complete, {}, 'Sorry, we could not take your answers just now.');
    expect(page.match(SUMMARY)?.[0]).toContain('<p>Sorry, we could not take your answers just now.</p>');
    expect(page).toContain('id="forWhom" name="forWhom" checked="" value="self"');
    expect(page).toContain('id="reportedTo" name="reportedTo" checked="" value="police"');
    expect(page).toContain('<input type="checkbox" id="consent" name="consent" checked="" value="yes"/>');
  });
});

describe('the confirmation page is the confirmation component, for every state', () => {
  const at = Date.UTC(2026, 11, 1, 15, 5);
  for (const [what, reference, record, status, heading] of [
    ['sent', 'BCN-7K3M-Q9TX', { status: 'sent', createdAt: at }, 200, 'Your answers have been sent to Beacon'],
    ['queued', 'BCN-7K3M-Q9TY', { status: 'queued', createdAt: at }, 200, 'Beacon will get your answers'],
    ['still sending', 'BCN-7K3M-Q9TY', { status: 'sending', createdAt: at }, 200, 'Beacon will get your answers'],
    ['retries stopped', 'BCN-7K3M-Q9TZ', { status: 'stopped', createdAt: at }, 200, 'We have your answers'],
    ['not found', 'BCN-AAAA-AAAA', null, 404, 'We cannot find this reference'],
    ['no reference', null, null, 400, 'We cannot show this page'],
  ] as const satisfies readonly (readonly [string, string | null, StatusRecord | null, number, string])[]) {
    it(what, () => {
      const { view } = confirmationFor(reference, record);
      const page = referralConfirmationPage(reference, record);
      expect(page.status).toBe(status);
      expect(page.fill.title).toBe(heading);
      expect(page.fill.main.value).toBe(renderToStaticMarkup(createElement(ReferralConfirmation, { view })));
      expect(page.fill.main.value).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
      if (reference && record) expect(page.fill.main.value).toContain(`<strong>${reference}</strong>`);
      if (record && record.status !== 'sent')
        expect(page.fill.main.value).toContain('at 3:05pm on Tuesday 1 December.');
    });
  }
});
