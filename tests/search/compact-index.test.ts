import { describe, expect, it } from 'vitest';
import { buildFullLunrIndex, buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { loadCompactIndex } from '../../src/lib/search/load-index.ts';
import { decodeWord, encodeWord } from '../../src/lib/search/postings.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { runQuery } from '../../src/lib/search/search.ts';
import { siteSearchDocuments } from '../../support/build-search-index.ts';
import { readEvalQueries } from '../../support/search-eval.ts';

// The index travels as postings (term frequencies and field lengths) and is rebuilt into a lunr index on
// load. It must be the very index lunr.Builder makes from the same pages: the same weights, so the same
// results in the same order for every query residents type.
const documents = siteSearchDocuments();
const compact = JSON.parse(JSON.stringify(buildSearchIndex(documents))) as ReturnType<typeof buildSearchIndex>;
const rebuilt = loadCompactIndex(compact.index, compact.docs.length);
const full = buildFullLunrIndex(documents);

describe('the compact search index', () => {
  it('rebuilds every field vector lunr.Builder makes, weight for weight', () => {
    // Vectors hold [term position, weight] pairs; lunr numbers terms as it meets them, we in sorted order.
    const weights = (index: typeof full) => {
      const json = index.toJSON() as unknown as {
        fieldVectors: [string, number[]][];
        invertedIndex: [string, { _index: number }][];
      };
      const term = new Map(json.invertedIndex.map(([t, posting]) => [posting._index, t]));
      return new Map(
        json.fieldVectors.map(([ref, v]) => [
          ref,
          new Map(Array.from({ length: v.length / 2 }, (_, i) => [term.get(v[2 * i]!), v[2 * i + 1]])),
        ]),
      );
    };
    expect(weights(rebuilt)).toEqual(weights(full));
  });

  it('gives the same results with the same scores as the full index for every query in the set', () => {
    // Summed in another order, a score can differ in its 16th digit; pages that tie may then swap.
    const results = (index: typeof full, query: string, stillTyping: boolean) =>
      runQuery(index, planQuery(query, { stillTyping }))
        .map((r) => ({ ref: r.ref, score: Number(r.score.toFixed(9)) }))
        .sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
    for (const { query } of readEvalQueries()) {
      for (const stillTyping of [false, true]) {
        expect(results(rebuilt, query, stillTyping), query).toEqual(results(full, query, stillTyping));
      }
    }
  });

  it('writes each word’s postings as a short string and reads them back unchanged', () => {
    const word = {
      fields: [
        [
          { doc: 0, tf: 1 },
          { doc: 3, tf: 2 },
        ],
        [],
        [{ doc: 40, tf: 1 }],
        [],
        [],
      ],
    };
    expect(encodeWord(word)).toBe('0,3.2;;14');
    expect(decodeWord(encodeWord(word), 5)).toEqual(word);
  });
});
