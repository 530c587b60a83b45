interface Props {
  /** The previous question's address (links.ts backHref), or null on the first question: no link. */
  href: string | null;
}

/** The link back to the previous question, its answer kept (GOV.UK back link). */
export function BackLink({ href }: Props) {
  if (!href) return null;
  return (
    <a className="back-link" href={href}>
      Back
    </a>
  );
}
