import { lunr } from './lunr.ts';
import { MISSPELLINGS } from './misspellings.ts';
import { wordsOf } from './normalise.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';
import { WORD_FORMS } from './word-forms.ts';

/** One optional clause of a search. */
export interface QueryTerm {
  /** A normalised word: only letters and digits, so it can never be read as lunr syntax. */
  term: string;
  /** How much a match counts: the words typed count most. */
  boost: number;
  /** 0 for an exact (stemmed) match; 1 or 2 to forgive typing slips. */
  editDistance: number;
  /** True for the word still being typed: matches any indexed word starting with it. */
  prefix: boolean;
  /**
   * Set on a fuzzy clause: the typed word it forgives. The clause is only used when that word is not in
   * the index, so a correctly spelt "door" does not also match "poor".
   */
  forgives?: string;
}

/** What a query asks for. */
export interface QueryPlan {
  /** The words searched for, spelling fixed, stop words dropped: for highlighting and messages. */
  words: string[];
  terms: QueryTerm[];
}

/** Long pasted text is cut here: nobody types more, and it keeps every query fast. */
export const MAX_QUERY_WORDS = 12;

const BOOST = { typed: 1, form: 0.8, fuzzy: 0.5, prefix: 0.4, synonym: 0.35 } as const;

/** Edit distance 1 for words of 4+ letters and 2 for 8+; none for numbers ("0300" is not "0301"). */
export function editDistanceFor(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

const SYNONYM_PHRASES = SYNONYM_GROUPS.map((group) => group.map((phrase) => wordsOf(phrase)));

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** Words from synonym groups the query touches, other than words already typed. */
export function synonymWords(words: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const group of SYNONYM_PHRASES) {
    if (!group.some((phrase) => containsPhrase(words, phrase))) continue;
    for (const phrase of group) for (const w of phrase) extra.add(w);
  }
  for (const w of words) extra.delete(w);
  return [...extra].filter((w) => !isStopWord(w));
}

/**
 * Turns what someone typed into search clauses. Every clause is optional, so a page matching more of the
 * words scores higher and a page matching only some still comes back. `stillTyping` adds a prefix match
 * for the last word, for results as you type.
 */
export function planQuery(text: string, { stillTyping = false } = {}): QueryPlan {
  const all = wordsOf(text.slice(0, 500))
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => MISSPELLINGS[w] ?? w);
  const words = [...new Set(all.filter((w) => !isStopWord(w)))];
  const terms: QueryTerm[] = [];
  for (const word of words) {
    terms.push({ term: word, boost: BOOST.typed, editDistance: 0, prefix: false });
    const distance = editDistanceFor(word);
    if (distance > 0) {
      terms.push({ term: word, boost: BOOST.fuzzy, editDistance: distance, prefix: false, forgives: word });
    }
    const base = WORD_FORMS[word];
    if (base !== undefined) terms.push({ term: base, boost: BOOST.form, editDistance: 0, prefix: false });
  }
  const last = all.at(-1);
  if (stillTyping && last !== undefined && last.length >= 2 && /\D/.test(last)) {
    terms.push({ term: last, boost: BOOST.prefix, editDistance: 0, prefix: true });
  }
  for (const word of synonymWords(all)) {
    terms.push({ term: word, boost: BOOST.synonym, editDistance: 0, prefix: false });
  }
  return { words, terms };
}
