import type { ReactNode } from 'react';
import type { DateParts } from '../../lib/cancellation-form.ts';

/** GOV.UK-style question controls for the calculator: radios and a day/month/year date input. */

function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="error-message" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </span>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** A question shown under this option when it is chosen (GOV.UK "conditional reveal"). */
  reveal?: ReactNode;
}

interface RadiosProps<T extends string> {
  name: string;
  legend: string;
  hint?: string;
  options: readonly RadioOption<T>[];
  value: T | '';
  error: string | undefined;
  onChange: (value: T) => void;
}

export function Radios<T extends string>({ name, legend, hint, options, value, error, onChange }: RadiosProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy(hintId, errorId)}>
        <legend>{legend}</legend>
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        <ErrorMessage id={`${name}-error`} message={error} />
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value}>
              <div className="choice">
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => {
                    onChange(option.value);
                  }}
                />
                <label htmlFor={id}>{option.label}</label>
              </div>
              {option.reveal && value === option.value && <div className="cancel-reveal">{option.reveal}</div>}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

interface DateInputProps {
  name: string;
  legend: string;
  hint: string;
  value: DateParts;
  error: string | undefined;
  onChange: (value: DateParts) => void;
}

const PARTS = [
  { key: 'day', label: 'Day', width: 'cancel-date__day' },
  { key: 'month', label: 'Month', width: 'cancel-date__month' },
  { key: 'year', label: 'Year', width: 'cancel-date__year' },
] as const;

export function DateInput({ name, legend, hint, value, error, onChange }: DateInputProps) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset role="group" aria-describedby={describedBy(`${name}-hint`, errorId)}>
        <legend>{legend}</legend>
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
        <ErrorMessage id={`${name}-error`} message={error} />
        <div className="cancel-date">
          {PARTS.map((part) => (
            <div key={part.key} className={part.width}>
              <label htmlFor={`${name}-${part.key}`}>{part.label}</label>
              <input
                type="text"
                inputMode="numeric"
                id={`${name}-${part.key}`}
                name={`${name}-${part.key}`}
                autoComplete="off"
                value={value[part.key]}
                onChange={(event) => {
                  onChange({ ...value, [part.key]: event.target.value });
                }}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email';
  autoComplete?: string;
  inputMode?: 'decimal';
  onChange: (value: string) => void;
}

export function TextField({
  id,
  label,
  hint,
  value,
  error,
  multiline,
  type = 'text',
  autoComplete,
  inputMode,
  onChange,
}: TextFieldProps) {
  const props = {
    id,
    name: id,
    value,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
    autoComplete: autoComplete ?? 'off',
    onChange: (event: { target: { value: string } }) => {
      onChange(event.target.value);
    },
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} inputMode={inputMode} {...props} />}
    </div>
  );
}
