import type { Ref } from 'react';

/** GOV.UK error summary: every problem at the top, each linking to where it can be fixed. Focused on show. */

export interface SummaryItem {
  text: string;
  href: string;
  /** Handles the link in the island (focus a field, or open a step) instead of following it. */
  onFollow: () => void;
}

interface Props {
  items: SummaryItem[];
  /** A problem with the whole request (such as could not send), with another way to get help. */
  problem?: string | null | undefined;
  summaryRef: Ref<HTMLDivElement>;
}

export function ErrorSummary({ items, problem, summaryRef }: Props) {
  if (items.length === 0 && !problem) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      {problem && <p>{problem}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <a
                href={item.href}
                onClick={(event) => {
                  event.preventDefault();
                  item.onFollow();
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
