import type { ReactNode } from 'react';
import { ChoiceLabel } from './ChoiceLabel.tsx';
import { ChoiceFieldset } from './ChoiceFieldset.tsx';
import type { AsHeading } from './QuestionHeading.tsx';

interface CheckboxOption {
  /** The value sent with the form (and the id's suffix: `${name}-${value}`). */
  value: string;
  label: string;
  /** Words under the option's label, e.g. when to choose it. */
  hint?: string | undefined;
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
  /** The first option's id instead of `${name}-${value}`, when error summary links point at `#${firstId}`. */
  firstId?: string | undefined;
  /** The legend as the page's (or step's) heading. */
  heading?: AsHeading | undefined;
  /** A question shown under a ticked box, by the box's value (GOV.UK "conditional reveal"). */
  reveals?: Partial<Record<string, ReactNode>> | undefined;
}

/** A question with any number of answers, as a fieldset of checkboxes. */
export function Checkboxes(props: Props) {
  const { name, legend, hint, options, values, error, onChange, firstId, heading, reveals = {} } = props;
  const toggle = (value: string, on: boolean) => (on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error} heading={heading}>
      {options.map((option, i) => {
        const id = i === 0 && firstId ? firstId : `${name}-${option.value}`;
        const itemHintId = option.hint ? `${id}-item-hint` : undefined;
        const checked = values.includes(option.value);
        const box = (
          <div key={option.value} className="choice">
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              aria-describedby={itemHintId}
              {...(onChange
                ? {
                    checked,
                    onChange: (e: { target: { checked: boolean } }) => {
                      onChange(toggle(option.value, e.target.checked));
                    },
                  }
                : { defaultChecked: checked })}
            />
            <ChoiceLabel id={id} label={option.label} hintId={itemHintId} hint={option.hint} />
          </div>
        );
        const reveal = checked ? reveals[option.value] : undefined;
        if (!reveal) return box;
        return (
          <div key={option.value}>
            {box}
            <div className="reveal">{reveal}</div>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}
