import type { TokenPart } from '../lib/contacts/tokens.ts';

/**
 * A number with its hours, from parts worked out already (contacts/tokens.ts): tel: links and words. An
 * island that shows one number takes its parts as a prop, so its script does not carry every contact.
 */
export function PhoneParts({ parts }: { parts: readonly TokenPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'tel' ? (
          <a key={i} href={part.href}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
