import { numberWithHours } from './tokens.ts';
import type { ContactId } from './contacts.ts';
import { html, type SafeHtml } from '../web/html.ts';

/** A number as a tel: link with its hours, for HTML built outside Astro and React (function pages, emails). */
export function numberWithHoursHtml(id: ContactId): SafeHtml {
  return html`${numberWithHours(id).map((part) =>
    part.kind === 'tel' ? html`<a href="${part.href}">${part.text}</a>` : part.text,
  )}`;
}
