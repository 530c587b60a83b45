import type { ReactNode, Ref } from 'react';

/**
 * GOV.UK's "label or legend as page heading": when a page (or an island's step) asks one question, the
 * question is its heading, so a screen reader user hears it when focus moves there.
 */
export interface AsHeading {
  /** Focused when the question appears. */
  ref?: Ref<HTMLHeadingElement> | undefined;
  className?: string | undefined;
}

/** The question's words, inside a focusable h3 when `heading` is given, as they are otherwise. */
export function QuestionHeading({ heading, children }: { heading?: AsHeading | undefined; children: ReactNode }) {
  if (!heading) return <>{children}</>;
  return (
    <h3 className={heading.className} tabIndex={-1} ref={heading.ref}>
      {children}
    </h3>
  );
}
