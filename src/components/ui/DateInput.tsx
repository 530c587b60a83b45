import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

interface DateParts {
  day: string;
  month: string;
  year: string;
}

interface Props {
  /** The field's name: the boxes are `${name}-day`, `${name}-month` and `${name}-year` (ids and names). */
  name: string;
  legend: string;
  hint: string;
  value: DateParts;
  error?: string | undefined;
  /** Without it the boxes are uncontrolled (the no-JavaScript page). */
  onChange?: ((value: DateParts) => void) | undefined;
}

const PARTS = [
  { key: 'day', label: 'Day' },
  { key: 'month', label: 'Month' },
  { key: 'year', label: 'Year' },
] as const;

/** A date as three boxes, day, month and year (GOV.UK date input). */
export function DateInput({ name, legend, hint, value, error, onChange }: Props) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset role="group" aria-describedby={describedBy(`${name}-hint`, error && `${name}-error`)}>
        <legend>{legend}</legend>
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
        <ErrorMessage id={`${name}-error`} message={error} />
        <div className="date-input">
          {PARTS.map((part) => (
            <div key={part.key} className={`date-input__${part.key}`}>
              <label htmlFor={`${name}-${part.key}`}>{part.label}</label>
              <input
                type="text"
                inputMode="numeric"
                id={`${name}-${part.key}`}
                name={`${name}-${part.key}`}
                autoComplete="off"
                {...(onChange
                  ? {
                      value: value[part.key],
                      onChange: (e: { target: { value: string } }) => {
                        onChange({ ...value, [part.key]: e.target.value });
                      },
                    }
                  : { defaultValue: value[part.key] })}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
