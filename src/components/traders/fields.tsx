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
