import { highlightParts } from '../../lib/search/highlight.ts';

interface Props {
  text: string;
  /** The index words the result matched. */
  matched: readonly string[];
}

/** Text with the matched words in <mark>: React elements, never HTML strings. */
export function Highlighted({ text, matched }: Props) {
  return (
    <>{highlightParts(text, matched).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}
