import type { Ref } from 'react';

/** GOV.UK text input: label, hint, error message (with a hidden "Error:"), all tied by aria-describedby. */
interface TextInputProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string | undefined;
  autoComplete?: string;
  short?: boolean;
  onChange: (value: string) => void;
}

export function TextInput({
  id,
  name,
  label,
  hint,
  value,
  error,
  autoComplete = 'off',
  short,
  onChange,
}: TextInputProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        type="text"
        id={id}
        name={name}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        className={short ? 'input--short' : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

export interface SummaryItem {
  /** The field's input id. */
  id: string;
  text: string;
}

/** GOV.UK error summary: every problem at the top, each linking to its field. Focused when shown. */
export function ErrorSummary({
  items,
  problem,
  summaryRef,
}: {
  items: SummaryItem[];
  problem?: string | undefined;
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (items.length === 0 && !problem) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      {problem && <p>{problem}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={`#${item.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.id)?.focus();
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
