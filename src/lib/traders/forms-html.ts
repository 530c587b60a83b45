import { errorSummaryHtml as summaryMarkup } from '../web/error-summary-html.ts';
import { html, type SafeHtml } from '../web/html.ts';
import { LABELS, RESULTS_PATH } from './wording.ts';

/**
 * The two check forms as plain HTML GET forms, for people without JavaScript: built into the page at
 * build time (the island's placeholder) and by the results function, filled in, with errors. Both send
 * to the results page. GOV.UK markup: label, hint, error message, aria-describedby.
 */

export interface FormValues {
  q?: string | null;
  trade?: string | null;
  postcode?: string | null;
  member?: string | null;
}
export type FormErrors = Partial<Record<'q' | 'trade' | 'postcode' | 'member', string>>;

interface TextField {
  name: keyof FormValues;
  id: string;
  label: string;
  hint: string;
  autocomplete?: string;
  width?: string;
}

function textField(field: TextField, values: FormValues, errors: FormErrors): SafeHtml {
  const error = errors[field.name];
  const describedBy = [`${field.id}-hint`, error ? `${field.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field${error ? ' field--error' : ''}">
    <label for="${field.id}">${field.label}</label>
    <p class="hint" id="${field.id}-hint">${field.hint}</p>
    ${error ? html`<p class="error-message" id="${field.id}-error"><span class="visually-hidden">Error: </span>${error}</p>` : ''}
    <input
      type="text"
      id="${field.id}"
      name="${field.name}"
      value="${values[field.name] ?? ''}"
      aria-describedby="${describedBy}"
      ${field.autocomplete ? html` autocomplete="${field.autocomplete}"` : ''}
      spellcheck="false"
      ${field.width ? html` class="${field.width}"` : ''}
    />
  </div>`;
}

export function searchFormHtml(values: FormValues = {}, errors: FormErrors = {}): SafeHtml {
  return html`<form class="trader-form" method="get" action="${RESULTS_PATH}" aria-labelledby="search-heading">
    <h2 id="search-heading">${LABELS.searchHeading}</h2>
    ${textField({ name: 'q', id: 'trader-q', label: LABELS.q, hint: LABELS.qHint, autocomplete: 'off' }, values, errors)}
    ${textField({ name: 'trade', id: 'trader-trade', label: LABELS.trade, hint: LABELS.tradeHint, autocomplete: 'off' }, values, errors)}
    ${textField(
      {
        name: 'postcode',
        id: 'trader-postcode',
        label: LABELS.postcode,
        hint: LABELS.postcodeHint,
        autocomplete: 'postal-code',
      },
      values,
      errors,
    )}
    <button type="submit">${LABELS.search}</button>
  </form>`;
}

export function memberFormHtml(values: FormValues = {}, errors: FormErrors = {}): SafeHtml {
  return html`<form class="trader-form" method="get" action="${RESULTS_PATH}" aria-labelledby="member-heading">
    <h2 id="member-heading">${LABELS.memberHeading}</h2>
    ${textField(
      {
        name: 'member',
        id: 'trader-member',
        label: LABELS.member,
        hint: LABELS.memberHint,
        autocomplete: 'off',
        width: 'input--short',
      },
      values,
      errors,
    )}
    <button type="submit">${LABELS.check}</button>
  </form>`;
}

/** GOV.UK error summary linking each message to its field; `problem` is a message with no field. */
export function errorSummaryHtml(errors: FormErrors, problem?: string): SafeHtml | '' {
  const ids: Record<keyof FormErrors, string> = {
    q: 'trader-q',
    trade: 'trader-trade',
    postcode: 'trader-postcode',
    member: 'trader-member',
  };
  const items = (Object.keys(ids) as (keyof FormErrors)[]).filter((k) => errors[k]);
  return summaryMarkup({ errors: items.map((k) => ({ href: `#${ids[k]}`, message: errors[k] ?? '' })), problem });
}
