import type { SyntheticEvent } from 'react';
import type { FormErrors, FormField, FormValues } from '../../lib/traders/form-fields.ts';
import { FIELD_IDS } from '../../lib/traders/form-fields.ts';
import { LABELS, RESULTS_PATH } from '../../lib/traders/wording.ts';
import { Button } from '../ui/Button.tsx';
import { TextInput } from '../ui/TextInput.tsx';

/**
 * The check's two GET forms to the results page, with the names the query string uses (q, trade,
 * postcode, member). Without handlers (the page as built, and the no-JavaScript answers) the browser
 * sends them and the Worker answers; the island passes handlers and answers in place.
 */

interface Props {
  values: FormValues;
  errors: FormErrors;
  /** True while an answer is on its way: the buttons wait. */
  busy?: boolean | undefined;
  onChange?: ((field: FormField, value: string) => void) | undefined;
  onSearch?: (() => void) | undefined;
  onMember?: (() => void) | undefined;
}

/** The handler for a form's submit in the island: the island answers instead of the browser. */
const inPlace = (run: (() => void) | undefined) =>
  run &&
  ((event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    run();
  });

export function TraderForms({ values, errors, busy, onChange, onSearch, onMember }: Props) {
  const box = (field: FormField) => ({
    id: FIELD_IDS[field],
    name: field,
    value: values[field],
    error: errors[field],
    spellCheck: false,
    onChange:
      onChange &&
      ((value: string) => {
        onChange(field, value);
      }),
  });
  return (
    <div className="trader-forms">
      <form
        className="trader-form"
        method="get"
        action={RESULTS_PATH}
        aria-labelledby="search-heading"
        noValidate
        onSubmit={inPlace(onSearch)}
      >
        <h2 id="search-heading">{LABELS.searchHeading}</h2>
        <TextInput {...box('q')} label={LABELS.q} hint={LABELS.qHint} />
        <TextInput {...box('trade')} label={LABELS.trade} hint={LABELS.tradeHint} />
        <TextInput {...box('postcode')} label={LABELS.postcode} hint={LABELS.postcodeHint} autoComplete="postal-code" />
        <Button disabled={busy}>{LABELS.search}</Button>
      </form>
      <form
        className="trader-form"
        method="get"
        action={RESULTS_PATH}
        aria-labelledby="member-heading"
        noValidate
        onSubmit={inPlace(onMember)}
      >
        <h2 id="member-heading">{LABELS.memberHeading}</h2>
        <TextInput {...box('member')} label={LABELS.member} hint={LABELS.memberHint} inputClassName="input--short" />
        <Button disabled={busy}>{LABELS.check}</Button>
      </form>
    </div>
  );
}
