import type { SearchDocument } from './documents.ts';
import { SEARCH_FIELDS, SEARCH_INDEX_VERSION, type SearchIndexData } from './index-data.ts';
import { lunr } from './lunr.ts';
import { normaliseText } from './normalise.ts';

/**
 * Builds the lunr index over advice pages. Text is normalised with the same function the query uses, and
 * the pipeline is lunr's English one (trimmer, stop words, Porter stemmer), so "cancelling", "cancelled"
 * and "cancel" meet at one stem. The output is plain JSON, the same for the same pages.
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndexData {
  const sorted = [...documents].sort((a, b) => a.url.localeCompare(b.url));
  const index = lunr(function () {
    this.ref('id');
    for (const field of SEARCH_FIELDS) this.field(field.name, { boost: field.boost });
    // No metadata (positions): highlighting re-finds words on the client, and the index stays small.
    this.metadataWhitelist = [];
    sorted.forEach((doc, i) => {
      const record: Record<string, string> = { id: String(i) };
      for (const field of SEARCH_FIELDS) record[field.name] = normaliseText(doc[field.from]);
      this.add(record);
    });
  });
  return {
    version: SEARCH_INDEX_VERSION,
    docs: sorted.map(({ title, url, summary }) => ({ title, url, summary })),
    index: index.toJSON(),
  };
}
