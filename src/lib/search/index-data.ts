import type { AlertDates, SearchDocument } from './documents.ts';
import type { CompactIndex } from './postings.ts';

/** What the results list needs to show a page: its title, address and summary, and an alert's dates. */
interface SearchDocSummary {
  title: string;
  url: string;
  summary: string;
  /** Only on alerts: whether one is current is never stored, it is decided when the search runs. */
  alert?: AlertDates;
}

/** The file support/build-search-index.ts writes: the pages and the postings lunr's index is rebuilt from. */
export interface SearchIndexData {
  /** Bumped when the shape changes, so an island never reads an index it does not understand. */
  version: typeof SEARCH_INDEX_VERSION;
  /** Page i of the index has the lunr ref String(i): short refs keep the index small. */
  docs: SearchDocSummary[];
  /** Term frequencies and field lengths: the field vectors lunr would store are worked out on load. */
  index: CompactIndex;
}

export const SEARCH_INDEX_VERSION = 2;

/**
 * The indexed fields and how much a match in each counts. A title is the page's own name for the topic;
 * keywords are the words residents use.
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
  const index = d.index as Partial<CompactIndex> | undefined;
  if (
    !Array.isArray(d.docs) ||
    typeof index !== 'object' ||
    typeof index.terms !== 'string' ||
    !Array.isArray(index.postings) ||
    !Array.isArray(index.lengths)
  ) {
    throw new Error('The search index is incomplete.');
  }
}
