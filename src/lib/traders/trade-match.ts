import { nearest } from './edits.ts';
import { TRADES } from './trade-synonyms.ts';

/**
 * Turning trade words into trade keys: the register's trades at import, a resident's words at search.
 * Both go through the same folding, so whatever the register calls a trade, a search for any of its
 * synonyms finds it.
 */

/** Lower case, accents and punctuation removed, single spaces: "Roofer's  Café" → "roofer s cafe". */
export function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A crude singular, enough for trade words: "roofers" → "roofer", but "glass" and "gas" stay. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function tradePhrase(text: string): string {
  return foldWords(text).split(' ').filter(Boolean).map(singular).join(' ');
}

/** Every folded phrase (key, label, synonyms) → the trade key it means. */
function phraseTable(): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const trade of TRADES) {
    for (const words of [trade.key, trade.label, ...trade.synonyms]) {
      const p = tradePhrase(words);
      if (!phrases.has(p)) phrases.set(p, trade.key);
    }
  }
  return phrases;
}
// Marked pure so a bundle that only folds words (the trader island's checks) leaves the trade list out.
const PHRASES = /* @__PURE__ */ phraseTable();
const LABELS = /* @__PURE__ */ new Map(TRADES.map((t) => [t.key, t.label]));

/** Shortest typed word that may match trades by prefix ("plumb" → plumbing); shorter is too vague. */
const MIN_PREFIX = 4;
/** At most this many trades for one search. */
const MAX_KEYS = 8;

/** The key a register trade is stored under: the known trade it names, or else its own folded words. */
export function tradeKeyForRegister(text: string): string {
  const p = tradePhrase(text);
  return PHRASES.get(p) ?? p.replaceAll(' ', '-');
}

/** The label to show for a trade key, when it is a known trade. */
export function tradeLabel(key: string): string | undefined {
  return LABELS.get(key);
}

/**
 * The trade keys a resident's words may mean, best guess first; empty when the words have no letters or
 * digits. Tries, in turn: the whole phrase, phrases it begins, then each word on its own; otherwise the
 * folded words themselves, which match a register trade not in the list.
 */
export function tradeKeysForSearch(text: string): string[] {
  return matchTrade(text).keys;
}

/** How a resident's trade words were understood. */
export interface TradeMatch {
  /** Trade keys to search, best guess first. */
  keys: string[];
  /** 'known': a trade in the list, as typed; 'fuzzy': a trade in the list, corrected; 'own': none known —
   * the folded words themselves, which match a register trade of that name. */
  how: 'known' | 'fuzzy' | 'own';
}

export function matchTrade(text: string): TradeMatch {
  const p = tradePhrase(text);
  if (!p) return { keys: [], how: 'own' };
  const exact = PHRASES.get(p);
  if (exact) return { keys: [exact], how: 'known' };
  const keys = new Set<string>();
  if (p.length >= MIN_PREFIX) {
    for (const [known, key] of PHRASES) if (known.startsWith(p)) keys.add(key);
  }
  if (keys.size === 0) {
    for (const word of p.split(' ')) {
      const key = word.length >= 3 ? PHRASES.get(word) : undefined;
      if (key) keys.add(key);
    }
  }
  if (keys.size > 0) return { keys: [...keys].slice(0, MAX_KEYS), how: 'known' };
  const fuzzy = fuzzyKeys(p);
  if (fuzzy.length > 0) return { keys: fuzzy, how: 'fuzzy' };
  return { keys: [ownKey(p)], how: 'own' };
}

/** The key of a trade the list does not know: its folded words, hyphenated (as the import stores it). */
const ownKey = (folded: string): string => folded.replaceAll(' ', '-');

/** Known trades within a few edits of the phrase, or of one of its words ("plummer" → plumbing). */
function fuzzyKeys(p: string): string[] {
  const keys = new Set<string>();
  for (const [known] of nearest(p, PHRASES.keys())) keys.add(PHRASES.get(known) ?? '');
  if (keys.size === 0) {
    for (const word of p.split(' ')) {
      for (const [known] of nearest(word, PHRASES.keys())) keys.add(PHRASES.get(known) ?? '');
    }
  }
  keys.delete('');
  return [...keys].slice(0, MAX_KEYS);
}

/** The nearest known trade's label, however far: a suggestion when nothing matched. */
export function nearestTradeLabel(text: string): string | undefined {
  const p = tradePhrase(text);
  if (!p) return undefined;
  const [best] = nearest(p, PHRASES.keys(), Math.max(2, Math.floor(p.length / 3)));
  return best ? LABELS.get(PHRASES.get(best[0]) ?? '') : undefined;
}

/**
 * The one-word names of the trade a word means, for reading a trade word typed in the name box:
 * "roofers" → roofing, roofer, roof, slater (each then matched as the start of a name word).
 */
export function tradeNameWords(word: string): string[] {
  const key = PHRASES.get(tradePhrase(word));
  if (!key) return [];
  return [...PHRASES].filter(([p, k]) => k === key && !p.includes(' ')).map(([p]) => p);
}
