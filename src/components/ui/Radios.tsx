import type { ReactNode } from 'react';
import { ChoiceLabel } from './ChoiceLabel.tsx';
import { ChoiceFieldset } from './ChoiceFieldset.tsx';
import type { AsHeading } from './QuestionHeading.tsx';

interface RadioOption<T extends string> {
  /** The value sent with the form (and the id's suffix: `${name}-${value}`). */
  value: T;
  label: string;
  /** Words under the option's label, e.g. when to choose it. */
  hint?: string | undefined;
  /** A question shown under this option when it is chosen (GOV.UK "conditional reveal"). */
  reveal?: ReactNode | undefined;
}

interface Props<T extends string> {
  /** The form field's name; ids are `${name}-${value}`, the error `${name}-error`. */
  name: string;
  legend: string;
  hint?: string | undefined;
  options: readonly RadioOption<T>[];
  /** The chosen value, or '' for none. */
  value: T | '';
  error?: string | undefined;
  /** Without it the radios are uncontrolled: the no-JavaScript page, where the browser keeps the choice. */
  onChange?: ((value: T) => void) | undefined;
  /** Show every option's reveal, chosen or not: without JavaScript nothing could show them later. */
  revealAll?: boolean | undefined;
  /** The first option's id instead of `${name}-${value}`, when error summary links point at `#${firstId}`. */
  firstId?: string | undefined;
  /** The legend as the page's (or step's) heading. */
  heading?: AsHeading | undefined;
}

/** A question with one answer, as a fieldset of radios. */
export function Radios<T extends string>(props: Props<T>) {
  const { name, legend, hint, options, value, error, onChange, revealAll, firstId, heading } = props;
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error} heading={heading}>
      {options.map((option, i) => {
        const id = i === 0 && firstId ? firstId : `${name}-${option.value}`;
        const itemHintId = option.hint ? `${id}-item-hint` : undefined;
        const checked = value === option.value;
        return (
          <div key={option.value}>
            <div className="choice">
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                aria-describedby={itemHintId}
                {...(onChange
                  ? {
                      checked,
                      onChange: () => {
                        onChange(option.value);
                      },
                    }
                  : { defaultChecked: checked })}
              />
              <ChoiceLabel id={id} label={option.label} hintId={itemHintId} hint={option.hint} />
            </div>
            {option.reveal && (checked || revealAll) && <div className="reveal">{option.reveal}</div>}
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
