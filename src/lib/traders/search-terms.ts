import { deletionVariants } from './edits.ts';
import { indexNameWords } from './name-words.ts';
import { placeKey } from './place-match.ts';
import type { RegisterRow } from './register-row.ts';
import { foldWords, tradeLabel } from './trade-match.ts';

/**
 * The rows of search_terms for a register (migrations/0005): every business-name word, every word of a
 * trade the site's list does not know, and every town, each with its one-letter deletions, so a typed
 * word with a slip finds them by index. Built at import, from the rows being imported.
 */

export type TermKind = 'name' | 'trade' | 'town';
/** kind, edit (0 the word, 1 a deletion), variant, term, data. */
export type TermRow = [TermKind, number, string, string, string];

/** Shortest register word worth correcting to (typed words under 4 letters are never corrected). */
const MIN_WORD = 3;

export function searchTermRows(rows: readonly RegisterRow[]): TermRow[] {
  const names = new Set<string>();
  const trades = new Map<string, Set<string>>();
  const towns = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const word of indexNameWords(row.name)) if (word.length >= MIN_WORD && /\p{L}/u.test(word)) names.add(word);
    for (const trade of row.trades) {
      if (tradeLabel(trade.key)) continue; // known trades are matched in memory (trade-match.ts)
      for (const word of foldWords(trade.label).split(' ')) {
        if (word.length < MIN_WORD) continue;
        const keys = trades.get(word) ?? new Set<string>();
        keys.add(trade.key);
        trades.set(word, keys);
      }
    }
    const town = placeKey(row.town);
    const base = row.areas[0];
    if (town && base) towns.set(town, (towns.get(town) ?? new Set<string>()).add(base));
  }
  const out: TermRow[] = [];
  const add = (kind: TermKind, term: string, data: string) => {
    for (const variant of deletionVariants(term)) out.push([kind, variant === term ? 0 : 1, variant, term, data]);
  };
  for (const word of names) add('name', word, '');
  for (const [word, keys] of trades) for (const key of keys) add('trade', word, key);
  for (const [town, districts] of towns) add('town', town, [...districts].join(';'));
  return out;
}
