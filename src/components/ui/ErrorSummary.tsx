import type { RefObject } from 'react';

/** One problem in an error summary: the message and the link to the field that fixes it. */
interface SummaryError {
  /** The link to the field, e.g. "#price". */
  href: string;
  message: string;
  /** In the island a link may be handled (focus a field, or open another step) instead of followed. */
  onFollow?: (() => void) | undefined;
}

interface Props {
  /** The errors in page order. */
  errors: readonly SummaryError[];
  /** A problem with the whole request (such as "could not send"), with another way to get help. */
  problem?: string | null | undefined;
  /** The no-JavaScript page: the browser moves focus to the summary when the page loads. */
  autoFocus?: boolean | undefined;
  /** The element focus moves to (useIslandForm does that). */
  summaryRef?: RefObject<HTMLDivElement | null> | undefined;
}

/**
 * "There is a problem", as govuk-frontend's error summary: the focusable outer element, and role="alert"
 * on a child, so screen readers announce it once, not again each time focus moves to it. The islands and
 * the no-JavaScript answers (rendered on the server, src/render/) both use this one component.
 */
export function ErrorSummary({ errors, problem, autoFocus, summaryRef }: Props) {
  if (errors.length === 0 && !problem) return null;
  return (
    <div className="error-summary" tabIndex={-1} ref={summaryRef} autoFocus={autoFocus}>
      <div role="alert">
        <h2 id="error-summary-title">There is a problem</h2>
        {problem && <p>{problem}</p>}
        {errors.length > 0 && (
          <ul>
            {errors.map((e) => (
              <li key={e.href}>
                <a
                  href={e.href}
                  onClick={
                    e.onFollow &&
                    ((event) => {
                      event.preventDefault();
                      e.onFollow?.();
                    })
                  }
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
