import type { SearchDocument } from './documents.ts';
import { SEARCH_FIELDS, SEARCH_INDEX_VERSION, type SearchIndexData } from './index-data.ts';
import { lunr } from './lunr.ts';
import { normaliseText } from './normalise.ts';
import { encodeWord, type Posting, type WordPostings } from './postings.ts';

/** The words of one field of one page as lunr counts them, and how many there were. */
interface FieldTerms {
  tf: Map<string, number>;
  length: number;
}

/**
 * Text is normalised with the same function the query uses, then goes through lunr's own tokenizer and
 * English pipeline (trimmer, stop words, Porter stemmer), so "cancelling", "cancelled" and "cancel" meet
 * at one stem, exactly as lunr.Builder would count them.
 */
const indexPipeline = new lunr.Pipeline();
indexPipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

function fieldTerms(text: string): FieldTerms {
  const words = indexPipeline.run(lunr.tokenizer(normaliseText(text))).map(String);
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  return { tf, length: words.length };
}

const byUrl = (documents: readonly SearchDocument[]) => [...documents].sort((a, b) => a.url.localeCompare(b.url));

/**
 * Builds the search index over advice pages and alerts: the docs table and, for each word, its postings
 * (postings.ts), from which the loader works out lunr's weights. The output is plain JSON, the same for the
 * same pages in any order.
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndexData {
  const sorted = byUrl(documents);
  const pages = sorted.map((doc) => SEARCH_FIELDS.map((field) => fieldTerms(doc[field.from])));
  const words = new Map<string, WordPostings>();
  pages.forEach((fields, doc) => {
    fields.forEach(({ tf }, f) => {
      for (const [term, times] of tf) {
        let entry = words.get(term);
        if (entry === undefined) {
          entry = { fields: SEARCH_FIELDS.map((): Posting[] => []) };
          words.set(term, entry);
        }
        entry.fields[f]?.push({ doc, tf: times });
      }
    });
  });
  const terms = [...words.keys()].sort();
  return {
    version: SEARCH_INDEX_VERSION,
    docs: sorted.map(({ title, url, summary, alert }) => ({ title, url, summary, ...(alert ? { alert } : {}) })),
    index: {
      terms: terms.join(' '),
      postings: terms.map((term) => encodeWord(words.get(term)!)),
      lengths: SEARCH_FIELDS.map((_, f) => pages.map((fields) => fields[f]?.length ?? 0)),
    },
  };
}

/**
 * The same pages as one lunr index, built by lunr.Builder itself: what the compact index is checked
 * against (tests/search/compact-index.test.ts), never shipped.
 */
export function buildFullLunrIndex(documents: readonly SearchDocument[]): lunr.Index {
  const sorted = byUrl(documents);
  return lunr(function () {
    this.ref('id');
    for (const field of SEARCH_FIELDS) this.field(field.name, { boost: field.boost });
    this.metadataWhitelist = [];
    sorted.forEach((doc, i) => {
      const record: Record<string, string> = { id: String(i) };
      for (const field of SEARCH_FIELDS) record[field.name] = normaliseText(doc[field.from]);
      this.add(record);
    });
  });
}
