import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

interface Props {
  /** The id and the form field's name. */
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  /** A textarea of three rows instead of one line. */
  multiline?: boolean | undefined;
  type?: 'text' | 'email' | undefined;
  /** Defaults to "off": most answers here are not the user's own details. */
  autoComplete?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | undefined;
  /** Without it the box is uncontrolled (the no-JavaScript page). */
  onChange?: ((value: string) => void) | undefined;
}

/** A labelled text box, with its hint and inline error. */
export function TextInput({
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
}: Props) {
  const props = {
    id,
    name: id,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
    autoComplete: autoComplete ?? 'off',
    ...(onChange
      ? {
          value,
          onChange: (event: { target: { value: string } }) => {
            onChange(event.target.value);
          },
        }
      : { defaultValue: value }),
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
