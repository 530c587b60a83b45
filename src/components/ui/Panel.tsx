import type { ReactNode, RefObject } from 'react';

interface Props {
  /** The panel's heading (h2), focused when the answer appears. */
  heading: ReactNode;
  headingId: string;
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  /** `success` for a confirmation or a yes; otherwise a plain notification. */
  tone?: 'success' | 'notice' | undefined;
  children?: ReactNode | undefined;
}

/** A notification or confirmation panel: a bordered box with a heading, as GOV.UK's panel. */
export function Panel({ heading, headingId, headingRef, tone = 'notice', children }: Props) {
  return (
    <div className={tone === 'success' ? 'panel panel--success' : 'panel'}>
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      {children}
    </div>
  );
}
