import { withinEditDistance } from '../search/fuzzy.ts';

/**
 * How far a typed word may be from a word it is taken to mean, and the deletion variants that let the
 * database find such words by index. The edit distance itself is the site search's (search/fuzzy.ts), so
 * both forgive the same slips.
 */

/** Edits forgiven for a word of this length: none for short words (too many near neighbours). */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/** Edit distance up to `max`, or null when further than that. */
export function editDistance(a: string, b: string, max: number): number | null {
  for (let d = 0; d <= max; d += 1) if (withinEditDistance(a, b, d)) return d;
  return null;
}

/**
 * The word and every form of it with one character deleted ("roof" → roof, oof, rof, roo). Two words
 * that share a variant are at most two edits apart, so storing each register word's variants and looking
 * up the typed word's finds every candidate within two edits by index; the real distance is then checked.
 */
export function deletionVariants(word: string): string[] {
  // UTF-16 units, as the edit distance counts them (search/fuzzy.ts); folded words are letters and digits.
  const variants = new Set([word]);
  if (word.length > 1) for (let i = 0; i < word.length; i += 1) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/** The closest of `candidates` to `word` within its allowed edits, best first, with their distances. */
export function nearest(word: string, candidates: Iterable<string>, max = maxEdits(word.length)): [string, number][] {
  const found: [string, number][] = [];
  if (max === 0) return found;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate, max);
    if (d !== null && d > 0) found.push([candidate, d]);
  }
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}
