/**
 * The index as it travels: for each word, which pages hold it in which field and how often, and how long
 * each field of each page is. That is everything lunr's BM25 weights are worked out from, so the field
 * vectors lunr would serialise (more than half of its JSON) are rebuilt on load (load-index.ts) instead of
 * downloaded, and a page's entry costs a few characters per word instead of a term, a ref and a score.
 */

/** One page holding a word in one field. */
export interface Posting {
  /** The page's position in the docs table (its lunr ref is String(doc)). */
  doc: number;
  /** How many times the word is in that field of that page. */
  tf: number;
}

/** Where one word is, field by field in SEARCH_FIELDS order. */
export interface WordPostings {
  fields: Posting[][];
}

/** The serialised index (SearchIndexData#index). */
export interface CompactIndex {
  /** Every index word (stemmed, as lunr indexes it), sorted, separated by single spaces. */
  terms: string;
  /** One string per word, in the order of `terms` (see encodeWord). */
  postings: string[];
  /**
   * lengths[field][doc]: how many words lunr counted in that field of that page. BM25 weighs a word by
   * how long its field is against the average.
   */
  lengths: number[][];
}

const FIELD = ';';
const ENTRY = ',';
const TIMES = '.';

/**
 * One word's postings as a short string: the fields in order, separated by ";" (empty fields at the end
 * left off); in each, the pages as the step from the page before in base 36, with ".N" (base 36) when the
 * word is there more than once. "0,3.2;;5" is pages 0 and 3 (twice) in the title and page 5 in the summary.
 */
export function encodeWord({ fields }: WordPostings): string {
  const parts = fields.map((list) => {
    let previous = 0;
    return list
      .map(({ doc, tf }) => {
        const step = (doc - previous).toString(36);
        previous = doc;
        return tf > 1 ? `${step}${TIMES}${tf.toString(36)}` : step;
      })
      .join(ENTRY);
  });
  while (parts.at(-1) === '') parts.pop();
  return parts.join(FIELD);
}

/** The inverse of encodeWord, for `fieldCount` fields. */
export function decodeWord(text: string, fieldCount: number): WordPostings {
  const parts = text.split(FIELD);
  const fields: Posting[][] = [];
  for (let f = 0; f < fieldCount; f++) {
    const part = parts[f] ?? '';
    let doc = 0;
    fields.push(
      part === ''
        ? []
        : part.split(ENTRY).map((entry) => {
            const [step = '0', times = '1'] = entry.split(TIMES);
            doc += parseInt(step, 36);
            return { doc, tf: parseInt(times, 36) };
          }),
    );
  }
  return { fields };
}
