/**
 * A resident's words as a safe FTS5 query. Only runs of letters, digits and combining marks survive; each
 * becomes a double-quoted string with a prefix star ("smi" finds Smith), and the strings are ANDed. So FTS
 * syntax typed by a resident — quotes, `*`, `-`, `^`, `:`, NEAR, AND, OR, NOT, brackets — is only ever a
 * word to look for, and can never raise an error. The tokenizer folds case and accents on both sides.
 */

/** Words used from one query; the rest are dropped (business names are short). */
export const MAX_QUERY_WORDS = 8;
/** Longest word kept, in characters. */
const MAX_WORD = 40;

/** The words of a name query, folded only by NFKC (the FTS tokenizer does the rest). */
export function queryWords(text: string): string[] {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words.slice(0, MAX_QUERY_WORDS).map((w) => w.slice(0, MAX_WORD));
}

/** The FTS5 MATCH expression for a name query, or null when it has no letters or digits to look for. */
export function ftsQuery(text: string): string | null {
  const words = queryWords(text);
  // Words hold no quote characters (only letters, digits and marks), so no escaping is needed inside.
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}
