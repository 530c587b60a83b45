import { nearestPlaceName } from './place-match.ts';
import type { TraderSearch } from './search-query.ts';
import { nearestTradeLabel, tradeLabel } from './trade-match.ts';

/**
 * Other searches to offer when one finds nobody: the nearest known trade or place to words not
 * understood, then the same search with one criterion left out. Each is a search a link can run.
 */

export interface Suggestion {
  /** What the link says, e.g. "Roofing, anywhere" */
  text: string;
  q: string | null;
  trade: string | null;
  postcode: string | null;
}

const MAX_SUGGESTIONS = 3;

export function suggestionsFor(search: TraderSearch): Suggestion[] {
  const base = { q: search.q, trade: search.trade, postcode: search.place?.typed ?? null };
  const out: Suggestion[] = [];
  const tradeText =
    search.tradeKeys.length === 1 ? (tradeLabel(search.tradeKeys[0] ?? '') ?? search.trade) : search.trade;
  if (search.trade !== null && search.tradeHow === 'own') {
    const near = nearestTradeLabel(search.trade);
    if (near) out.push({ ...base, trade: near, text: `Search for ${near.toLowerCase()} instead` });
  }
  if (search.place && search.place.districts.length === 0) {
    const near = nearestPlaceName(search.place.typed);
    if (near) out.push({ ...base, postcode: near, text: `Search near ${near} instead` });
  }
  const given = [search.q, search.trade, search.place].filter((c) => c !== null).length;
  if (given > 1) {
    if (search.place)
      out.push({ ...base, postcode: null, text: `${tradeText ?? `Named “${search.q ?? ''}”`}, anywhere` });
    if (search.trade !== null && search.place) {
      out.push({ ...base, trade: null, text: `Any trade near ${search.place.label ?? search.place.typed}` });
    }
    if (search.q !== null) out.push({ ...base, q: null, text: 'Any business name' });
  }
  return out.slice(0, MAX_SUGGESTIONS);
}
