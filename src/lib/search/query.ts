import { isStopWord } from './lunr.ts';
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
  /** The typed words a match on this clause stands for (a synonym stands for the words that brought it in). */
  covers: readonly string[];
  /**
   * Set on a fuzzy clause: the typed word it forgives. The clause is only used when that word is not in
   * the index, so a correctly spelt "door" does not also match "poor".
   */
  forgives?: string;
}

/** What a query asks for. */
export interface QueryPlan {
  /** The words that count (spelling fixed, stop words dropped): a page matching more of them ranks higher. */
  words: string[];
  terms: QueryTerm[];
}

/** Long pasted text is cut here: nobody types more, and it keeps every query fast. */
const MAX_QUERY_WORDS = 12;

const BOOST = { typed: 1, form: 0.8, fuzzy: 0.5, prefix: 0.4, synonym: 0.35 } as const;

/** Edit distance 1 for words of 4+ letters and 2 for 8+; none for numbers ("0300" is not "0301"). */
export function editDistanceFor(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

const SYNONYM_PHRASES = SYNONYM_GROUPS.map((group) => group.map((phrase) => wordsOf(phrase)));

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * Words from the synonym groups the query touches (other than words already typed), each with the typed
 * words that brought it in: "cowboy builder" brings in "rogue" and "trader", standing for both words.
 */
export function synonymWords(words: readonly string[]): Map<string, Set<string>> {
  const extra = new Map<string, Set<string>>();
  for (const group of SYNONYM_PHRASES) {
    const found = group.filter((phrase) => containsPhrase(words, phrase));
    if (found.length === 0) continue;
    const covers = found.flat().filter((w) => !isStopWord(w));
    for (const w of group.flat()) {
      if (words.includes(w) || isStopWord(w)) continue;
      const set = extra.get(w) ?? new Set<string>();
      for (const c of covers) set.add(c);
      extra.set(w, set);
    }
  }
  return extra;
}

/**
 * Turns what someone typed into search clauses. Every clause is optional, so a page matching only some
 * words still comes back; the search ranks pages matching more of the words higher. `stillTyping` adds a
 * prefix match for the last word, for results as you type.
 */
export function planQuery(text: string, { stillTyping = false } = {}): QueryPlan {
  const all = wordsOf(text.slice(0, 500))
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => MISSPELLINGS[w] ?? w);
  const words = [...new Set(all.filter((w) => !isStopWord(w)))];
  const terms: QueryTerm[] = [];
  const add = (term: string, boost: number, covers: readonly string[], more: Partial<QueryTerm> = {}) => {
    terms.push({ term, boost, editDistance: 0, prefix: false, covers, ...more });
  };
  for (const word of words) {
    add(word, BOOST.typed, [word]);
    const distance = editDistanceFor(word);
    if (distance > 0) add(word, BOOST.fuzzy, [word], { editDistance: distance, forgives: word });
    const base = WORD_FORMS[word];
    if (base !== undefined) add(base, BOOST.form, [word]);
  }
  const last = all.at(-1);
  if (stillTyping && last !== undefined && last.length >= 2 && /\D/.test(last)) {
    add(last, BOOST.prefix, [last], { prefix: true });
    if (!words.includes(last)) words.push(last);
  }
  for (const [word, covers] of synonymWords(all)) add(word, BOOST.synonym, [...covers]);
  return { words, terms };
}
