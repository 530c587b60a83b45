import type { ReactNode } from 'react';
import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { QuestionHeading, type AsHeading } from './QuestionHeading.tsx';

export interface ChoiceQuestion {
  /** The form field's name; the hint is `${name}-hint`, the error `${name}-error`. */
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The legend as the page's (or step's) heading. */
  heading?: AsHeading | undefined;
}

/** What radios and checkboxes share: the fieldset, its legend, hint and error, then the choices. */
export function ChoiceFieldset({
  name,
  legend,
  hint,
  error,
  heading,
  children,
}: ChoiceQuestion & { children: ReactNode }) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy(hintId, error && `${name}-error`)}>
        <legend className={heading?.level === 1 ? 'legend--page-heading' : undefined}>
          <QuestionHeading heading={heading}>{legend}</QuestionHeading>
        </legend>
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        <ErrorMessage id={`${name}-error`} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
