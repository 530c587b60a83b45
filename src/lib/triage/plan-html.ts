import { CONTACTS, isContactId, telHref, type ContactId, type Hours } from '../contacts/contacts.ts';
import { html, type SafeHtml } from '../web/html.ts';
import { backHref } from './question-html.ts';
import { LINK_LABELS, TRIAGE_PATH } from './links.ts';
import type { Plan } from './plan.ts';
import type { Answers } from './questions.ts';
import type { Step } from './steps.ts';

/**
 * The plan as a page: numbered steps, each with the number in full (a tel: link) and its hours, what to
 * do or say, and the page that explains more; then support, and a "write it down" sheet to fill in by
 * hand. It prints on one sheet of A4 (triage.css).
 */

export const PLAN_HEADING = 'Your plan: what to do now';

/** What to write down before it is forgotten: what the bank, Report Fraud or the police will ask. */
export const WRITE_IT_DOWN = [
  'The date and time',
  'What was said',
  'How much, and how it was paid',
  'Names and numbers they used',
  'Reference numbers you are given',
] as const;
/** The box that needs the most room: printed across the sheet. */
const WIDE = 'What was said';

const SUPPORT: readonly ContactId[] = ['beacon', 'victim-support'];

/** When the line is open, from contacts.ts: a frightened person must not be sent to a closed line. */
export function hoursHtml(id: ContactId): SafeHtml | '' {
  const hours: Hours = CONTACTS[id].hours;
  if (hours.open === 'always') return html`<span class="plan-call__hours">Open all day, every day.</span>`;
  if (hours.open === 'limited') return html`<span class="plan-call__hours">Open ${hours.text}.</span>`;
  if (!hours.ifClosed || !isContactId(hours.ifClosed)) return '';
  const fallback = CONTACTS[hours.ifClosed];
  return html`<span class="plan-call__hours"
    >If no one answers, call ${fallback.name}, open all day, every day, on
    <a href="${telHref(fallback.display)}">${fallback.display}</a>.</span
  >`;
}

function callLine(id: ContactId): SafeHtml {
  const contact = CONTACTS[id];
  return html`<p class="plan-call">
    <a class="plan-call__number" href="${telHref(contact.display)}">${contact.display}</a>
    <span class="plan-call__name">${contact.name}.</span>
    ${hoursHtml(id)}
  </p>`;
}

function linkLabel(href: string): string {
  const label = LINK_LABELS[href];
  if (!label) throw new Error(`No label for the plan link ${href}`);
  return label;
}

function stepLinks(step: Step): SafeHtml | '' {
  const links = [step.href, step.more].filter((h): h is string => Boolean(h));
  if (links.length === 0) return '';
  return html`<p class="plan-step__more">
    ${links.map((href) =>
      href.startsWith('mailto:')
        ? html`<a href="${href}">Email ${linkLabel(href)}</a> `
        : html`<a href="${href}">Read more: ${linkLabel(href)}</a> `,
    )}
  </p>`;
}

/** The first sentence, the action, in bold; the rest in plain type, so a long step stays easy to read. */
function stepText(text: string): SafeHtml {
  const end = text.search(/[.?!](?=\s)/);
  if (end === -1) return html`<strong>${text}</strong>`;
  return html`<strong>${text.slice(0, end + 1)}</strong>${text.slice(end + 1)}`;
}

function stepHtml(step: Step): SafeHtml {
  return html`<li class="plan-step" data-step="${step.id}">
    <p class="plan-step__text">${stepText(step.text)}</p>
    ${step.contact ? callLine(step.contact) : ''}${stepLinks(step)}
  </li>`;
}

export function planHtml(plan: Plan, answers: Answers): SafeHtml {
  const back = backHref(answers, null);
  return html`${back ? html`<a class="back-link" href="${back}">Back</a>` : ''}
    <div class="triage-plan">
      <h1>${PLAN_HEADING}</h1>
      <p class="plan-lead">Do these things in this order. Start with number 1.</p>
      <ol class="plan-steps">
        ${plan.steps.map(stepHtml)}
      </ol>
      <h2>Get support</h2>
      <p>Support is free. You do not have to deal with this alone.</p>
      <ul class="plan-support">
        ${SUPPORT.map(
          (id) =>
            html`<li>
              <p>${CONTACTS[id].when}.</p>
              ${callLine(id)}
            </li>`,
        )}
      </ul>
      <h2>Write it down</h2>
      <p>Fill this in by hand, while you remember. Have it with you when you call.</p>
      <dl class="write-it-down">
        ${WRITE_IT_DOWN.map(
          (label) =>
            html`<div${label === WIDE ? html` class="write-it-down__wide"` : ''}>
              <dt>${label}</dt>
              <dd></dd>
            </div>`,
        )}
      </dl>
      <div class="plan-actions no-print">
        <p>To keep this plan, print it, or save this page as a bookmark.</p>
        <p><a href="${TRIAGE_PATH}">Start again</a></p>
      </div>
    </div>`;
}
