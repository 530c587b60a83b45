import type { RefObject } from 'react';
import type { ErrorSummaryState, SummaryError } from '../../lib/web/error-summary-html.ts';

export type { SummaryError };

/** In the island a link may be handled (focus a field, or open another step) instead of followed. */
export interface IslandSummaryError extends SummaryError {
  onFollow?: (() => void) | undefined;
}

interface Props extends ErrorSummaryState {
  errors: readonly IslandSummaryError[];
  /** The element focus moves to (useIslandForm does that). */
  summaryRef?: RefObject<HTMLDivElement | null> | undefined;
}

/**
 * "There is a problem", as govuk-frontend's error summary: the focusable outer element, and role="alert"
 * on a child, so screen readers announce it once, not again each time focus moves to it. The no-JavaScript
 * answers render the same markup with errorSummaryHtml (a parity test holds the two together).
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
