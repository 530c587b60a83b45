import { LABELS, RESULTS_PATH } from '../../lib/traders/wording.ts';
import { TextInput } from './fields.tsx';

/** The island's two forms: the same GET forms as without JavaScript, answered in place once loaded. */

export interface Values {
  q: string;
  trade: string;
  postcode: string;
  member: string;
}
export type Errors = Partial<Record<keyof Values, string | undefined>>;

interface Props {
  values: Values;
  errors: Errors;
  /** True while an answer is on its way: the buttons wait. */
  busy: boolean;
  onChange: (key: keyof Values, value: string) => void;
  onSearch: () => void;
  onMember: () => void;
}

export function TraderForms({ values, errors, busy, onChange, onSearch, onMember }: Props) {
  return (
    <div className="trader-forms">
      <form
        className="trader-form"
        method="get"
        action={RESULTS_PATH}
        aria-labelledby="search-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSearch();
        }}
      >
        <h2 id="search-heading">{LABELS.searchHeading}</h2>
        <TextInput
          id="trader-q"
          name="q"
          label={LABELS.q}
          hint={LABELS.qHint}
          value={values.q}
          error={errors.q}
          onChange={(value) => {
            onChange('q', value);
          }}
        />
        <TextInput
          id="trader-trade"
          name="trade"
          label={LABELS.trade}
          hint={LABELS.tradeHint}
          value={values.trade}
          error={errors.trade}
          onChange={(value) => {
            onChange('trade', value);
          }}
        />
        <TextInput
          id="trader-postcode"
          name="postcode"
          label={LABELS.postcode}
          hint={LABELS.postcodeHint}
          value={values.postcode}
          error={errors.postcode}
          autoComplete="postal-code"
          onChange={(value) => {
            onChange('postcode', value);
          }}
        />
        <button type="submit" disabled={busy}>
          {LABELS.search}
        </button>
      </form>
      <form
        className="trader-form"
        method="get"
        action={RESULTS_PATH}
        aria-labelledby="member-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onMember();
        }}
      >
        <h2 id="member-heading">{LABELS.memberHeading}</h2>
        <TextInput
          id="trader-member"
          name="member"
          label={LABELS.member}
          hint={LABELS.memberHint}
          value={values.member}
          error={errors.member}
          short
          onChange={(value) => {
            onChange('member', value);
          }}
        />
        <button type="submit" disabled={busy}>
          {LABELS.check}
        </button>
      </form>
    </div>
  );
}
