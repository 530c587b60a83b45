import { html, type SafeHtml } from './html.ts';

/** One problem in an error summary: the message and the link to the field that fixes it. */
export interface SummaryError {
  /** The link to the field, e.g. "#price". */
  href: string;
  message: string;
}

export interface ErrorSummaryState {
  /** The errors in page order. */
  errors: readonly SummaryError[];
  /** A problem with the whole request (such as "could not send"), with another way to get help. */
  problem?: string | null | undefined;
  /** The no-JavaScript page: the browser moves focus to the summary when the page loads. */
  autoFocus?: boolean | undefined;
}

/**
 * The no-JavaScript twin of src/components/ui/ErrorSummary.tsx (src/lib can't render React): the same markup,
 * byte for byte, which tests/unit/error-summary-parity.test.ts checks. govuk-frontend's pattern: the outer
 * element takes focus, role="alert" sits on a child, so screen readers announce it once.
 */
export function errorSummaryHtml({ errors, problem, autoFocus }: ErrorSummaryState): SafeHtml | '' {
  if (errors.length === 0 && !problem) return '';
  const items = errors.map((e) => html`<li><a href="${e.href}">${e.message}</a></li>`);
  // No white space between tags, as React writes it: prettier would reflow an html`` template.
  // prettier-ignore
  return html`<div class="error-summary" tabindex="-1"${autoFocus ? html` autofocus=""` : ''}><div role="alert"><h2 id="error-summary-title">There is a problem</h2>${problem ? html`<p>${problem}</p>` : ''}${errors.length > 0 ? html`<ul>${items}</ul>` : ''}</div></div>`;
}
