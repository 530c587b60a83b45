import type { ReactNode, Ref } from 'react';

/**
 * GOV.UK's "label or legend as page heading": when a page (or an island's step) asks one question, the
 * question is its heading, so a screen reader user hears it when focus moves there.
 */
export interface AsHeading {
  /** 1 for a page that asks one question (the page's h1); 3, the default, for a step inside a page. */
  level?: 1 | 3 | undefined;
  /** Focused when the question appears. */
  ref?: Ref<HTMLHeadingElement> | undefined;
  className?: string | undefined;
}

/**
 * The question's words: inside a focusable h3 when `heading` is given (a step the island moves focus to),
 * the page's h1 at level 1, as they are otherwise.
 */
export function QuestionHeading({ heading, children }: { heading?: AsHeading | undefined; children: ReactNode }) {
  if (!heading) return <>{children}</>;
  if (heading.level === 1) return <h1 className={heading.className}>{children}</h1>;
  return (
    <h3 className={heading.className} tabIndex={-1} ref={heading.ref}>
      {children}
    </h3>
  );
}
