import type { RefObject } from 'react';

export interface SummaryError {
  /** The link to the field, e.g. "#price". */
  href: string;
  message: string;
}

interface Props {
  /** The errors in page order; nothing is rendered when there are none. */
  errors: readonly SummaryError[];
  /** The element focus moves to (useIslandForm does that). */
  summaryRef?: RefObject<HTMLDivElement | null> | undefined;
  /** The no-JavaScript page: the browser moves focus to the summary when the page loads. */
  autoFocus?: boolean | undefined;
}

/**
 * "There is a problem", as govuk-frontend's error summary: the focusable outer element, and role="alert"
 * on a child, so screen readers announce it once, not again each time focus moves to it.
 */
export function ErrorSummary({ errors, summaryRef, autoFocus }: Props) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" tabIndex={-1} ref={summaryRef} autoFocus={autoFocus}>
      <div role="alert">
        <h2 id="error-summary-title">There is a problem</h2>
        <ul>
          {errors.map((e) => (
            <li key={e.href}>
              <a href={e.href}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
