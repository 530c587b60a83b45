import type { SearchDocument } from './documents.ts';

/** What the results list needs to show a page: its title, address and summary. */
export interface SearchDocSummary {
  title: string;
  url: string;
  summary: string;
}

/** The file support/build-search-index.ts writes: a serialised lunr index and the pages it refers to. */
export interface SearchIndexData {
  /** Bumped when the shape changes, so an island never reads an index it does not understand. */
  version: typeof SEARCH_INDEX_VERSION;
  /** Page i of the index has the lunr ref String(i): short refs keep the index small. */
  docs: SearchDocSummary[];
  /** lunr.Index#toJSON() output. */
  index: object;
}

export const SEARCH_INDEX_VERSION = 1;

/**
 * The indexed fields and how much a match in each counts. Short names, because each appears once for every
 * word in the index. A title is the page's own name for the topic; keywords are the words residents use.
 */
export const SEARCH_FIELDS = [
  { name: 't', from: 'title', boost: 8 },
  { name: 'k', from: 'keywords', boost: 5 },
  { name: 's', from: 'summary', boost: 3 },
  { name: 'h', from: 'headings', boost: 2 },
  { name: 'b', from: 'body', boost: 1 },
] as const satisfies readonly { name: string; from: keyof SearchDocument; boost: number }[];

/** Checks the shape of loaded index data; throws a plain message so the page can show its failure state. */
export function assertSearchIndexData(data: unknown): asserts data is SearchIndexData {
  const d = data as Partial<SearchIndexData> | null;
  if (typeof d !== 'object' || d === null) throw new Error('The search index is not an object.');
  if (d.version !== SEARCH_INDEX_VERSION) throw new Error(`The search index version is ${String(d.version)}.`);
  if (!Array.isArray(d.docs) || typeof d.index !== 'object') throw new Error('The search index is incomplete.');
}
