import { SEARCH_FIELDS } from './index-data.ts';
import { lunr } from './lunr.ts';
import { decodeWord, type CompactIndex } from './postings.ts';

/** lunr.Builder's BM25 parameters (its defaults, which build-index.ts leaves as they are). */
const K1 = 1.2;
const B = 0.75;

// lunr's typings make fromArray an instance method; it is a static one.
const tokenSetFromArray = (words: string[]) =>
  (lunr.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }).fromArray(words);

/** lunr keeps nothing per match here (no positions), so every page's entry can be the same empty object. */
const NO_METADATA = Object.freeze({});

/**
 * Rebuilds a lunr index from its postings, with the very weights lunr.Builder gives: for a word in a field
 * of a page, idf × (k1 + 1)·tf ÷ (k1·(1 − b + b·length ÷ average length) + tf) × the field's boost, to three
 * decimals, where idf counts every field of every page that holds the word (lunr.idf).
 * Written as lunr's createFieldVectors writes it, so the floating point comes out the same.
 */
export function loadCompactIndex(compact: CompactIndex, docCount: number): lunr.Index {
  const terms = compact.terms === '' ? [] : compact.terms.split(' ');
  const averages = SEARCH_FIELDS.map((_, f) => {
    const lengths = compact.lengths[f] ?? [];
    return lengths.reduce((sum, n) => sum + n, 0) / docCount;
  });
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null) as Record<string, never>;
  const vectors: Record<string, number[]> = {};
  terms.forEach((term, i) => {
    const { fields } = decodeWord(compact.postings[i] ?? '', SEARCH_FIELDS.length);
    const held = fields.reduce((sum, list) => sum + list.length, 0);
    const idf = Math.log(1 + Math.abs((docCount - held + 0.5) / (held + 0.5)));
    const posting: Record<string, unknown> = { _index: i };
    SEARCH_FIELDS.forEach(({ name, boost }, f) => {
      const pages: Record<string, object> = Object.create(null) as Record<string, never>;
      const average = averages[f] ?? 0;
      for (const { doc, tf } of fields[f] ?? []) {
        pages[doc] = NO_METADATA;
        const length = compact.lengths[f]?.[doc] ?? 0;
        let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / average)) + tf);
        score *= boost;
        // Terms go in sorted order and _index follows it, so each vector is built already in order.
        (vectors[`${name}/${doc}`] ??= []).push(i, Math.round(score * 1000) / 1000);
      }
      posting[name] = pages;
    });
    invertedIndex[term] = posting;
  });
  const fieldVectors: Record<string, lunr.Vector> = {};
  for (const [ref, elements] of Object.entries(vectors)) fieldVectors[ref] = new lunr.Vector(elements);
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.stemmer);
  // lunr's typings name the attributes index, documentStore and fieldVectors differently from lunr 2.3.9's
  // own constructor, which takes these.
  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSetFromArray(terms),
    fields: SEARCH_FIELDS.map((f) => f.name),
    pipeline,
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
