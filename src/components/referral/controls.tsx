import type { ReactNode, Ref } from 'react';
import type { Option } from '../../lib/referral/questions.ts';

/**
 * GOV.UK-style question controls for the referral island. The question is the step's heading (GOV.UK's
 * "legend/label as page heading"), so a screen reader user hears it when focus moves to it. The first
 * control of each question has the field's id, so error summary links land on it.
 */

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function ErrorMessage({ field, message }: { field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error-message" id={`${field}-error`}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

interface Common {
  field: string;
  question: string;
  hint?: string | undefined;
  error: string | undefined;
  /** The question as the step's heading, focused when the step opens. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

function Heading({ headingRef, children }: { headingRef: Common['headingRef']; children: ReactNode }) {
  return headingRef ? (
    <h3 className="referral-question" tabIndex={-1} ref={headingRef}>
      {children}
    </h3>
  ) : (
    <span className="referral-subquestion">{children}</span>
  );
}

interface TextProps extends Common {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'email';
  autoComplete?: string;
  multiline?: boolean;
  spellCheck?: boolean;
  /** Shown under the box, e.g. a character count. */
  after?: ReactNode;
}

export function TextQuestion(props: TextProps) {
  const { field, question, hint, error, headingRef, value, onChange, type = 'text', multiline, after } = props;
  const common = {
    id: field,
    name: field,
    value,
    'aria-describedby': describedBy(hint && `${field}-hint`, error && `${field}-error`),
    autoComplete: props.autoComplete,
    spellCheck: props.spellCheck,
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <Heading headingRef={headingRef}>
        <label htmlFor={field}>{question}</label>
      </Heading>
      {hint && (
        <p className="hint" id={`${field}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage field={field} message={error} />
      {multiline ? (
        <textarea
          {...common}
          rows={5}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
      {after}
    </div>
  );
}

interface ChoiceProps extends Common {
  options: readonly Option[];
  /** Content shown under a chosen option (GOV.UK "conditional reveal"), by option value. */
  reveals?: Partial<Record<string, ReactNode>>;
  /** Shown straight after the options, e.g. the 999 advice. */
  after?: ReactNode;
}

interface RadiosProps extends ChoiceProps {
  value: string;
  onChange: (value: string) => void;
}

interface CheckboxesProps extends ChoiceProps {
  value: string[];
  onChange: (value: string[]) => void;
  /** An option that clears the others when chosen, and is cleared by them ("No one yet"). */
  exclusive?: string;
}

function Choices(
  props: ChoiceProps & { type: 'radio' | 'checkbox'; isChecked: (v: string) => boolean; toggle: (v: string) => void },
) {
  const { field, question, hint, error, headingRef, options, reveals = {}, after, type, isChecked, toggle } = props;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy(hint && `${field}-hint`, error && `${field}-error`)}>
        <legend>
          <Heading headingRef={headingRef}>{question}</Heading>
        </legend>
        {hint && (
          <p className="hint" id={`${field}-hint`}>
            {hint}
          </p>
        )}
        <ErrorMessage field={field} message={error} />
        {options.map((option, i) => {
          const id = i === 0 ? field : `${field}-${option.value}`;
          const checked = isChecked(option.value);
          const reveal = checked ? reveals[option.value] : undefined;
          return (
            <div key={option.value}>
              <div className="choice">
                <input
                  type={type}
                  id={id}
                  name={field}
                  value={option.value}
                  checked={checked}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                  onChange={() => {
                    toggle(option.value);
                  }}
                />
                <div>
                  <label htmlFor={id}>{option.label}</label>
                  {option.hint && (
                    <p className="hint" id={`${id}-item-hint`}>
                      {option.hint}
                    </p>
                  )}
                </div>
              </div>
              {reveal && <div className="referral-reveal">{reveal}</div>}
            </div>
          );
        })}
        {after}
      </fieldset>
    </div>
  );
}

export function Radios({ value, onChange, ...props }: RadiosProps) {
  return <Choices {...props} type="radio" isChecked={(v) => v === value} toggle={onChange} />;
}

export function Checkboxes({ value, onChange, exclusive, ...props }: CheckboxesProps) {
  const toggle = (option: string) => {
    if (value.includes(option)) onChange(value.filter((v) => v !== option));
    else if (option === exclusive) onChange([option]);
    else onChange([...value.filter((v) => v !== exclusive), option]);
  };
  return <Choices {...props} type="checkbox" isChecked={(v) => value.includes(v)} toggle={toggle} />;
}
