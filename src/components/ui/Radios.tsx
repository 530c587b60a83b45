import type { ReactNode } from 'react';
import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

export interface RadioOption<T extends string> {
  /** The value sent with the form (and the id's suffix: `${name}-${value}`). */
  value: T;
  label: string;
  /** Words under the label that help choose it (id `${name}-${value}-hint`, which the radio is described by). */
  hint?: string | undefined;
  /** A question shown under this option when it is chosen (GOV.UK "conditional reveal"). */
  reveal?: ReactNode | undefined;
}

interface Props<T extends string> {
  /** The form field's name; ids are `${name}-${value}`, the error `${name}-error`. */
  name: string;
  legend: string;
  /** The question is the page's only question: its legend holds the page's h1 (GOV.UK question page). */
  isPageHeading?: boolean | undefined;
  hint?: string | undefined;
  options: readonly RadioOption<T>[];
  /** The chosen value, or '' for none. */
  value: T | '';
  error?: string | undefined;
  /** Without it the radios are uncontrolled: the no-JavaScript page, where the browser keeps the choice. */
  onChange?: ((value: T) => void) | undefined;
  /** Show every option's reveal, chosen or not: without JavaScript nothing could show them later. */
  revealAll?: boolean | undefined;
}

/** A question with one answer, as a fieldset of radios. */
export function Radios<T extends string>(props: Props<T>) {
  const { name, legend, isPageHeading, hint, options, value, error, onChange, revealAll } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy(hintId, error && `${name}-error`)}>
        {isPageHeading ? (
          <legend className="legend--page-heading">
            <h1>{legend}</h1>
          </legend>
        ) : (
          <legend>{legend}</legend>
        )}
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        <ErrorMessage id={`${name}-error`} message={error} />
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          const checked = value === option.value;
          const optionHintId = option.hint ? `${id}-hint` : undefined;
          const label = <label htmlFor={id}>{option.label}</label>;
          return (
            <div key={option.value}>
              <div className="choice">
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={option.value}
                  {...(onChange
                    ? {
                        checked,
                        onChange: () => {
                          onChange(option.value);
                        },
                      }
                    : { defaultChecked: checked })}
                  aria-describedby={optionHintId}
                />
                {option.hint ? (
                  // Label and hint in one box, so the hint sits under the label, beside the radio.
                  <div>
                    {label}
                    <p className="hint choice__hint" id={optionHintId}>
                      {option.hint}
                    </p>
                  </div>
                ) : (
                  label
                )}
              </div>
              {option.reveal && (checked || revealAll) && <div className="reveal">{option.reveal}</div>}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
