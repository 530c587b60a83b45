import { assertSearchIndexData, type SearchDocSummary } from './index-data.ts';
import { lunr } from './lunr.ts';
import { planQuery, type QueryPlan } from './query.ts';

/** A page found, best first. */
export interface SearchResult extends SearchDocSummary {
  score: number;
  /** The indexed (stemmed) words that matched, for highlighting. */
  matched: string[];
}

export interface SearchOptions {
  /** At most this many results. */
  limit?: number;
  /** The last word is still being typed: also match words that start with it. */
  stillTyping?: boolean;
}

/** A loaded index, ready to search. */
export interface Searcher {
  /** Never throws: a query that somehow fails gives no results. */
  search(text: string, options?: SearchOptions): SearchResult[];
  /** How many pages the index holds. */
  pageCount: number;
}

/** Runs a planned query against a lunr index. Exported for tests; use Searcher#search, which cannot throw. */
export function runQuery(index: lunr.Index, plan: QueryPlan): lunr.Index.Result[] {
  if (plan.terms.length === 0) return [];
  const inIndex = (word: string) => index.pipeline.runString(word).some((stem) => stem in index.invertedIndex);
  const terms = plan.terms.filter((t) => t.forgives === undefined || !inIndex(t.forgives));
  return index.query((q) => {
    for (const t of terms) {
      // lunr reads any editDistance key, even 0, as fuzzy (which takes "*" literally): only set it when needed.
      q.term(t.term, {
        boost: t.boost,
        ...(t.editDistance > 0 ? { editDistance: t.editDistance } : {}),
        usePipeline: !t.prefix,
        wildcard: t.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
        presence: lunr.Query.presence.OPTIONAL,
      });
    }
  });
}

/** Loads a serialised index (the parsed JSON from scripts/build-search-index.ts). Throws if it is malformed. */
export function loadSearch(data: unknown): Searcher {
  assertSearchIndexData(data);
  const index = lunr.Index.load(data.index);
  const { docs } = data;
  return {
    pageCount: docs.length,
    search(text, { limit = 20, stillTyping = false } = {}) {
      let found: lunr.Index.Result[];
      try {
        found = runQuery(index, planQuery(text, { stillTyping }));
      } catch (error) {
        // Never shown to the resident and never logs the query itself, which may hold personal details.
        console.warn('search failed:', error instanceof Error ? error.name : 'unknown error');
        return [];
      }
      return found.slice(0, limit).flatMap((r) => {
        const doc = docs[Number(r.ref)];
        if (doc === undefined) return [];
        return [{ ...doc, score: r.score, matched: Object.keys(r.matchData.metadata) }];
      });
    },
  };
}
