interface Props {
  /** The id the field's `aria-describedby` points at. */
  id: string;
  /** The message; nothing is rendered without one. */
  message: string | undefined;
}

/** An inline error under a question's label, with the visually hidden "Error:" prefix (govuk-frontend). */
export function ErrorMessage({ id, message }: Props) {
  if (!message) return null;
  return (
    <span className="error-message" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </span>
  );
}
