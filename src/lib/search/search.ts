import { alertLabel, PAST_ALERT_WEIGHT, type AlertLabel } from './alert-label.ts';
import { fuzzyMatches } from './fuzzy.ts';
import { assertSearchIndexData } from './index-data.ts';
import { loadCompactIndex } from './load-index.ts';
import type { lunr } from './lunr.ts';
import { planQuery, type QueryPlan, type QueryTerm } from './query.ts';

/** A page found, best first. */
export interface SearchResult {
  title: string;
  url: string;
  summary: string;
  score: number;
  /** The indexed (stemmed) words that matched, for highlighting. */
  matched: string[];
  /** Only on alerts: current, past or withdrawn on the day searched, in words. */
  alert?: AlertLabel;
}

interface SearchOptions {
  /**
   * The UK calendar day (YYYY-MM-DD) the search runs on, which decides whether each alert is current:
   * ukToday() in the browser and in the Worker, a fixed day in tests. Never the day the index was built.
   */
  today: string;
  /** At most this many results. */
  limit?: number;
  /** The last word is still being typed: also match words that start with it. */
  stillTyping?: boolean;
}

/** A loaded index, ready to search. */
export interface Searcher {
  /** Never throws: a query that somehow fails gives no results. */
  search(text: string, options: SearchOptions): SearchResult[];
  /** How many pages the index holds. */
  pageCount: number;
}

// lunr's typings omit the loaded index's own fields: the shapes used here.
interface IndexInternals {
  pipeline: { runString(text: string): string[] };
  invertedIndex: Record<string, unknown>;
}
const internals = (index: lunr.Index) => index as unknown as IndexInternals;

const vocabularies = new WeakMap<lunr.Index, string[]>();
function vocabularyOf(index: lunr.Index): string[] {
  let words = vocabularies.get(index);
  if (words === undefined) {
    words = Object.keys(internals(index).invertedIndex);
    vocabularies.set(index, words);
  }
  return words;
}

/** The index words a clause matches: its stem, the words it is a prefix of, or the words near it. */
function expandTerm(index: lunr.Index, t: QueryTerm): string[] {
  const { pipeline, invertedIndex } = internals(index);
  if (t.prefix) return vocabularyOf(index).filter((w) => w.startsWith(t.term));
  const stems = pipeline.runString(t.term);
  if (t.editDistance > 0) return stems.flatMap((stem) => fuzzyMatches(vocabularyOf(index), stem, t.editDistance));
  return stems.filter((stem) => stem in invertedIndex);
}

/**
 * Runs a planned query against a lunr index, best first. Each clause is expanded to the index words it
 * matches here (lunr's own fuzzy matching is far slower at distance 2), and lunr scores those words. The
 * score is then multiplied by the share of the typed words the page matched (directly, misspelt or
 * through a synonym), so a page answering every word of "man at door says roof loose" beats one that only
 * says "door" many times. Exported for tests; use Searcher#search, which cannot throw.
 */
export function runQuery(index: lunr.Index, plan: QueryPlan): lunr.Index.Result[] {
  const known = (word: string) =>
    expandTerm(index, { term: word, boost: 1, editDistance: 0, prefix: false, covers: [] });
  const terms = plan.terms.filter((t) => t.forgives === undefined || known(t.forgives).length === 0);
  const expanded = terms.map((t) => expandTerm(index, t));
  if (expanded.every((words) => words.length === 0)) return [];
  const found = index.query((q) => {
    terms.forEach((t, i) => {
      // Index words are letters and digits only, so with the pipeline off nothing here is read as syntax.
      for (const word of expanded[i] ?? []) q.term(word, { boost: t.boost, usePipeline: false });
    });
  });
  const wordCount = Math.max(1, plan.words.length);
  return found
    .map((result) => {
      const matched = result.matchData.metadata;
      const covered = new Set<string>();
      terms.forEach((t, i) => {
        if (expanded[i]?.some((w) => w in matched)) for (const c of t.covers) covered.add(c);
      });
      return { ...result, score: result.score * (covered.size / wordCount) };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Results scoring under this share of the best are left out: with every word optional, one common word
 * such as "door" would otherwise bring back nearly every page (29 of 36 on average over the evaluation set,
 * against a median of 3 with this cut, and no right page lost).
 */
export const MIN_SHARE_OF_BEST = 0.1;

/** Loads a serialised index (the parsed JSON from support/build-search-index.ts). Throws if it is malformed. */
export function loadSearch(data: unknown): Searcher {
  assertSearchIndexData(data);
  const { docs } = data;
  const index = loadCompactIndex(data.index, docs.length);
  return {
    pageCount: docs.length,
    search(text, { today, limit = 20, stillTyping = false }) {
      let found: lunr.Index.Result[];
      try {
        found = runQuery(index, planQuery(text, { stillTyping }));
      } catch (error) {
        // Never shown to the resident and never logs the query itself, which may hold personal details.
        console.warn('search failed:', error instanceof Error ? error.name : 'unknown error');
        return [];
      }
      const results = found.flatMap((r): SearchResult[] => {
        const doc = docs[Number(r.ref)];
        if (doc === undefined) return [];
        const { alert: dates, ...page } = doc;
        const result = { ...page, score: r.score, matched: Object.keys(r.matchData.metadata) };
        if (dates === undefined) return [result];
        const alert = alertLabel(dates, today);
        if (alert === undefined) return [];
        const weight = alert.state === 'current' ? 1 : PAST_ALERT_WEIGHT;
        return [{ ...result, score: result.score * weight, alert }];
      });
      results.sort((a, b) => b.score - a.score);
      const best = results[0]?.score ?? 0;
      return results.filter((r) => r.score > 0 && r.score >= best * MIN_SHARE_OF_BEST).slice(0, limit);
    },
  };
}
