import { errorSummaryHtml } from '../web/error-summary-html.ts';
import { html, type SafeHtml } from '../web/html.ts';
import { ASKED } from './parse.ts';
import { previousQuestion } from './navigator.ts';
import { questionById, QUESTIONS, type Answers, type QuestionId } from './questions.ts';
import { TRIAGE_PATH, triageUrl } from './links.ts';

/**
 * One question a page, GOV.UK "question page" style: the legend is the page's h1, radios, a Continue
 * button, and a back link to the previous question with its answer kept. A plain GET form to the
 * journey's own address, carrying the earlier answers as hidden fields, so it needs no JavaScript. The
 * error summary has `autofocus`, so focus moves to it without JavaScript, as GOV.UK's script does.
 */

export interface QuestionView {
  question: QuestionId;
  answers: Answers;
  selected?: string;
  error?: string;
}

const optionId = (question: QuestionId, index: number) => (index === 0 ? question : `${question}-${index + 1}`);

/** The link back: the previous question with its answer chosen, or none on the first question. */
export function backHref(answers: Answers, current: QuestionId | null): string | null {
  const previous = previousQuestion(answers, current);
  return previous ? triageUrl(answers, previous) : null;
}

function hiddenFields(answers: Answers, current: QuestionId): SafeHtml[] {
  return QUESTIONS.filter((q) => q.id !== current && answers[q.id] !== undefined).map(
    (q) => html`<input type="hidden" name="${q.id}" value="${answers[q.id]}" />`,
  );
}

export function questionHtml(view: QuestionView): SafeHtml {
  const q = questionById(view.question);
  const back = backHref(view.answers, q.id);
  const describedBy = [q.hint ? `${q.id}-hint` : '', view.error ? `${q.id}-error` : ''].filter(Boolean).join(' ');
  return html`${back ? html`<a class="back-link" href="${back}">Back</a>` : ''}
    ${view.error ? errorSummaryHtml({ errors: [{ href: `#${q.id}`, message: view.error }], autoFocus: true }) : ''}
    <form class="triage-question" method="get" action="${TRIAGE_PATH}" novalidate>
      ${hiddenFields(view.answers, q.id)}
      <input type="hidden" name="${ASKED}" value="${q.id}" />
      <div class="field${view.error ? ' field--error' : ''}">
        <fieldset${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
          <legend class="legend--page-heading"><h1>${q.legend}</h1></legend>
          ${q.hint ? html`<p class="hint" id="${q.id}-hint">${q.hint}</p>` : ''}
          ${
            view.error
              ? html`<p class="error-message" id="${q.id}-error">
                  <span class="visually-hidden">Error: </span>${view.error}
                </p>`
              : ''
          }
          ${q.options.map((option, i) => {
            const id = optionId(q.id, i);
            const hintId = option.hint ? `${id}-hint` : '';
            return html`<div class="choice">
              <input
                type="radio"
                id="${id}"
                name="${q.id}"
                value="${option.value}"
                ${
                  view.selected === option.value ? html` checked` : ''
                }${hintId ? html` aria-describedby="${hintId}"` : ''}
              />
              <div>
                <label for="${id}">${option.label}</label>
                ${option.hint ? html`<p class="hint choice__hint" id="${hintId}">${option.hint}</p>` : ''}
              </div>
            </div>`;
          })}
        </fieldset>
      </div>
      <button type="submit">Continue</button>
    </form>`;
}

/** The page title for a question: the question itself, with "Error: " first when it has one. */
export function questionTitle(view: QuestionView): string {
  return `${view.error ? 'Error: ' : ''}${questionById(view.question).legend}`;
}
