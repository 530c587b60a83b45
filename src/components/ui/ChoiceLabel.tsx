/** A radio's or checkbox's label, with the option's own hint under it when it has one (govuk-frontend). */
export function ChoiceLabel(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  hintId?: string | undefined;
}) {
  const { id, label, hint, hintId } = props;
  if (!hint) return <label htmlFor={id}>{label}</label>;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={hintId}>
        {hint}
      </p>
    </div>
  );
}
