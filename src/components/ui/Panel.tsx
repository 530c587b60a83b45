import type { ReactNode, RefObject } from 'react';

interface Props {
  /** The panel's heading (h2), focused when the answer appears. */
  heading: ReactNode;
  headingId: string;
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  /** `success` for a yes; `confirmation` for a finished transaction (GOV.UK's green panel); else a notice. */
  tone?: 'success' | 'notice' | 'confirmation' | undefined;
  /** 1 when the panel heads the page (a confirmation page); 2 otherwise. */
  headingLevel?: 1 | 2 | undefined;
  children?: ReactNode | undefined;
}

const PANEL_CLASS = { success: 'panel panel--success', notice: 'panel', confirmation: 'panel-confirm' } as const;

/** A notification or confirmation panel: a bordered box with a heading, as GOV.UK's panel. */
export function Panel({ heading, headingId, headingRef, tone = 'notice', headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={PANEL_CLASS[tone]}>
      <Heading id={headingId} tabIndex={-1} ref={headingRef}>
        {heading}
      </Heading>
      {children}
    </div>
  );
}
