import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

export interface CheckboxOption {
  /** The value sent with the form (and the id's suffix: `${name}-${value}`). */
  value: string;
  label: string;
}

interface Props {
  /** The form field's name, repeated once per ticked box. */
  name: string;
  legend: string;
  hint?: string | undefined;
  options: readonly CheckboxOption[];
  /** The ticked values. */
  values: readonly string[];
  error?: string | undefined;
  /** Without it the boxes are uncontrolled (the no-JavaScript page). */
  onChange?: ((values: string[]) => void) | undefined;
}

/** A question with any number of answers, as a fieldset of checkboxes. */
export function Checkboxes({ name, legend, hint, options, values, error, onChange }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const toggle = (value: string, on: boolean) => (on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy(hintId, error && `${name}-error`)}>
        <legend>{legend}</legend>
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        <ErrorMessage id={`${name}-error`} message={error} />
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          const checked = values.includes(option.value);
          return (
            <div key={option.value} className="choice">
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                {...(onChange
                  ? {
                      checked,
                      onChange: (e: { target: { checked: boolean } }) => {
                        onChange(toggle(option.value, e.target.checked));
                      },
                    }
                  : { defaultChecked: checked })}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
