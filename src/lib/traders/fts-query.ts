import { MAX_QUERY_WORDS, queryNameWords } from './name-words.ts';

/**
 * A resident's words as a safe FTS5 query. Only runs of letters and digits survive (name-words.ts); each
 * becomes a double-quoted string — with a prefix star for a word as typed ("smi" finds Smith), or an OR of
 * the register words it was corrected to — and the groups are ANDed. So FTS syntax typed by a resident
 * (quotes, `*`, `-`, `^`, `:`, NEAR, AND, OR, NOT, brackets) is only ever a word to look for, and can
 * never raise an error.
 */

export { MAX_QUERY_WORDS };

/** One typed word: matched as a prefix as typed, or as any of the words it was read as. */
export interface NameTerm {
  typed: string;
  /** Words it was read as (register words within a slip or two, or a trade's words); empty: as typed. */
  corrected: string[];
  /** Match the corrected words as the start of a word (a trade's words) rather than whole. */
  prefix?: boolean;
}

/** The words of a name query, folded as the index is (name-words.ts). */
export function queryWords(text: string): string[] {
  return queryNameWords(text);
}

/** The FTS5 MATCH expression for name terms, or null when there are none. */
export function ftsExpression(terms: readonly NameTerm[]): string | null {
  // Words hold no quote characters (only letters and digits), so no escaping is needed inside.
  const groups = terms.map((t) =>
    t.corrected.length ? `(${t.corrected.map((w) => `"${w}"${t.prefix ? '*' : ''}`).join(' OR ')})` : `"${t.typed}"*`,
  );
  // Explicit AND: FTS5 allows no implicit AND after a bracketed group.
  return groups.length ? groups.join(' AND ') : null;
}

/** The FTS5 MATCH expression for a name query as typed, or null when it has no letters or digits. */
export function ftsQuery(text: string): string | null {
  return ftsExpression(queryWords(text).map((typed) => ({ typed, corrected: [] })));
}
