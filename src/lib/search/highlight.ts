import { isStopWord, stemOf } from './lunr.ts';
import { normaliseText } from './normalise.ts';

/** A run of text, marked when it is a word the search matched. */
export interface TextPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}'\u2019]+/gu;

/** The stem lunr would index for one word, or '' for a stop word. */
function indexedStem(word: string): string {
  const normalised = normaliseText(word);
  return normalised === '' || isStopWord(normalised) ? '' : stemOf(normalised);
}

/**
 * Splits text into parts, marking the words whose stem is among `matched` (the index words a result
 * matched), so "cancelling" is marked for a search that matched "cancel". The caller renders the parts as
 * elements; nothing here is HTML.
 */
export function highlightParts(text: string, matched: readonly string[]): TextPart[] {
  const stems = new Set(matched);
  const parts: TextPart[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    push(text.slice(at, m.index), false);
    const stem = stems.size > 0 ? indexedStem(m[0]) : '';
    push(m[0], stem !== '' && stems.has(stem));
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return parts;
}
