import { describedBy } from './describedBy.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { QuestionHeading, type AsHeading } from './QuestionHeading.tsx';

interface Props {
  /** The id, and the form field's name unless `name` says otherwise. */
  id: string;
  /** The form field's name when it differs from the id (a query string's short names). */
  name?: string | undefined;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  /** A textarea of three rows (or `rows`) instead of one line. */
  multiline?: boolean | undefined;
  rows?: number | undefined;
  /** false for names, addresses and references, which a spell checker would only mark wrong. */
  spellCheck?: boolean | undefined;
  /** The label as the page's (or step's) heading. */
  heading?: AsHeading | undefined;
  type?: 'text' | 'email' | 'tel' | undefined;
  /** Defaults to "off": most answers here are not the user's own details. */
  autoComplete?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | undefined;
  /** The box's own class, such as a narrower width (`input--short`). */
  inputClassName?: string | undefined;
  /** Without it the box is uncontrolled (the no-JavaScript page). */
  onChange?: ((value: string) => void) | undefined;
}

/** A labelled text box, with its hint and inline error. */
export function TextInput({
  id,
  name,
  label,
  hint,
  value,
  error,
  multiline,
  rows = 3,
  spellCheck,
  heading,
  type = 'text',
  autoComplete,
  inputMode,
  inputClassName,
  onChange,
}: Props) {
  const props = {
    id,
    name: name ?? id,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
    autoComplete: autoComplete ?? 'off',
    spellCheck,
    className: inputClassName,
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
      <QuestionHeading heading={heading}>
        <label htmlFor={id}>{label}</label>
      </QuestionHeading>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {multiline ? <textarea rows={rows} {...props} /> : <input type={type} inputMode={inputMode} {...props} />}
    </div>
  );
}
