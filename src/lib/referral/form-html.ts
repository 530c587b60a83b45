import { numberWithHoursHtml } from '../contacts/html.ts';
import { errorSummaryHtml } from '../web/error-summary-html.ts';
import { CONTACTS, telHref } from '../contacts/contacts.ts';
import { html, type SafeHtml } from '../web/html.ts';
import { REFERRAL_ENDPOINT } from './paths.ts';
import { QUESTIONS, type AnsweredField } from './questions.ts';
import { MAX, type Answers } from './schema.ts';
import { errorsInOrder, type FieldErrors } from './validate.ts';

/**
 * The referral as one plain form, for people without JavaScript: built into the page at build time and
 * rebuilt by the function with the person's answers and errors. One renderer for both, so they match.
 * GOV.UK markup: the first control of each question has the field's id, so error summary links land on it.
 */

export interface FormState {
  answers: Answers;
  fields: FieldErrors;
  /** A message about the whole form (could not send, too many tries), shown in the error summary. */
  problem?: string;
}

const described = (field: string, hint: boolean, error: boolean): string | false =>
  (hint || error) && [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');

function errorMessage(field: string, message: string | undefined): SafeHtml | '' {
  return message
    ? html`<p class="error-message" id="${field}-error"><span class="visually-hidden">Error: </span>${message}</p>`
    : '';
}

function hint(field: string, text: string | undefined): SafeHtml | '' {
  return text ? html`<p class="hint" id="${field}-hint">${text}</p>` : '';
}

function choices(field: AnsweredField, state: FormState, type: 'radio' | 'checkbox'): SafeHtml {
  const q = QUESTIONS[field];
  const error = state.fields[field];
  const picked = field === 'reportedTo' ? (state.answers.reportedTo ?? []) : [state.answers[field] ?? ''];
  const items = (q.options ?? []).map((option, i) => {
    const id = i === 0 ? field : `${field}-${option.value}`;
    const checked = picked.includes(option.value) ? html` checked` : '';
    const hintId = `${id}-item-hint`;
    const itemHint = option.hint ? html`<p class="hint" id="${hintId}">${option.hint}</p>` : '';
    const describedBy = option.hint ? html` aria-describedby="${hintId}"` : '';
    return html`<div class="choice">
      <input type="${type}" id="${id}" name="${field}" value="${option.value}" ${checked}${describedBy} />
      <div><label for="${id}">${option.label}</label>${itemHint}</div>
    </div>`;
  });
  const describedBy = described(field, !!q.hint, !!error);
  return html`<div class="field${error ? ' field--error' : ''}"><fieldset${
    describedBy ? html` aria-describedby="${describedBy}"` : ''
  }><legend>${q.self}</legend>${hint(field, q.hint)}${errorMessage(field, error)}${items}</fieldset></div>`;
}

function textField(
  field: AnsweredField,
  state: FormState,
  attrs: { type?: string; autocomplete?: string; multiline?: boolean; hint?: string; spellcheck?: boolean },
): SafeHtml {
  const q = QUESTIONS[field];
  const error = state.fields[field];
  const hintText = attrs.hint ?? q.hint;
  const value = field === 'reportedTo' ? '' : (state.answers[field] ?? '');
  const describedBy = described(field, !!hintText, !!error);
  const common = html` id="${field}"
  name="${field}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}${
    attrs.autocomplete ? html` autocomplete="${attrs.autocomplete}"` : ''
  }${attrs.spellcheck === false ? html` spellcheck="false"` : ''}`;
  const control = attrs.multiline
    ? html`<textarea${common} rows="5">${value}</textarea>`
    : html`<input type="${attrs.type ?? 'text'}" ${common} value="${value}" />`;
  return html`<div class="field${error ? ' field--error' : ''}">
    <label for="${field}">${q.self}</label>${hint(field, hintText)}${errorMessage(field, error)}${control}
  </div>`;
}

/** The error summary GOV.UK puts at the top: every problem, each linking to its field. */
export function errorSummary(state: FormState): SafeHtml | '' {
  const errors = errorsInOrder(state.fields).map(([field, message]) => ({ href: `#${field}`, message }));
  return errorSummaryHtml({ errors, problem: state.problem });
}

export function referralFormHtml(state: FormState): SafeHtml {
  const emergency = CONTACTS.emergency;
  return html`<form method="post" action="${REFERRAL_ENDPOINT}" novalidate class="referral-form">
    <p>If you are filling this in for someone else, give their details. Only do this if they have agreed.</p>
    <h3>About the person who needs support</h3>
    ${choices('forWhom', state, 'radio')} ${textField('name', state, { autocomplete: 'name', spellcheck: false })}
    ${choices('contactMethod', state, 'radio')}
    <p class="hint">Fill in the details for the way you chose.</p>
    ${textField('phone', state, { type: 'tel', autocomplete: 'tel' })}
    ${textField('email', state, { type: 'email', autocomplete: 'email', spellcheck: false })}
    ${textField('address', state, { multiline: true, autocomplete: 'street-address' })}
    ${textField('postcode', state, { autocomplete: 'postal-code', hint: 'For example, AL10 9AB' })}
    ${choices('safeToLeaveMessage', state, 'radio')} ${textField('bestTime', state, {})}
    <h3>What happened</h3>
    ${choices('whatHappened', state, 'radio')}
    ${textField('description', state, {
      multiline: true,
      hint: `${QUESTIONS.description.hint ?? ''} You can write up to ${MAX.description.toLocaleString('en-GB')} characters.`,
    })}
    ${textField('whenHappened', state, {})} ${choices('lostMoney', state, 'radio')}
    ${choices('reportedTo', state, 'checkbox')} ${textField('crimeReference', state, { spellcheck: false })}
    <h3>Your safety</h3>
    <p>If you are in danger now, call <a href="${telHref(emergency.display)}">${emergency.display}</a>.</p>
    ${choices('feelUnsafe', state, 'radio')}
    <h3>Send your answers</h3>
    <p>Beacon will use your answers only to contact you and help you.</p>
    ${choices('consent', state, 'checkbox')}
    <div class="referral-hp">
      <label for="website">Leave this box empty</label
      ><input type="text" id="website" name="website" tabindex="-1" autocomplete="off" />
    </div>
    <button type="submit">Send to Beacon</button>
    <p>Or call Beacon on ${numberWithHoursHtml('beacon')}.</p>
  </form>`;
}
