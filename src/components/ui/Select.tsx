import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

interface Props {
  /** The id, and the form field's name. */
  id: string;
  label: string;
  hint?: string | undefined;
  options: readonly { value: string; label: string }[];
  /** The value chosen (the first option's when none). */
  value: string;
  error?: string | undefined;
}

/** A labelled drop-down list, with its hint and inline error (govuk-frontend's select). Uncontrolled. */
export function Select({ id, label, hint, options, value, error }: Props) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <select
        id={id}
        name={id}
        defaultValue={value}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
