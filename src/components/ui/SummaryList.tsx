import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** A link to change the answer ("Change name"), in a column of its own. */
  action?: ReactNode | undefined;
}

interface Props {
  rows: readonly SummaryRow[];
  /** Extra classes, e.g. a card's own layout. */
  className?: string | undefined;
}

/** Answers as question and answer pairs (GOV.UK summary list), a description list. */
export function SummaryList({ rows, className }: Props) {
  return (
    <dl className={className ? `summary-list ${className}` : 'summary-list'}>
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.key}</dt>
          <dd>{row.value}</dd>
          {row.action && <dd>{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
