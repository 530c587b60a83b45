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

function phrase(text: string): string {
  return foldWords(text).split(' ').filter(Boolean).map(singular).join(' ');
}

/** Every folded phrase (key, label, synonyms) → the trade key it means. */
const PHRASES = new Map<string, string>();
for (const trade of TRADES) {
  for (const words of [trade.key, trade.label, ...trade.synonyms]) {
    const p = phrase(words);
    if (!PHRASES.has(p)) PHRASES.set(p, trade.key);
  }
}
const LABELS = new Map(TRADES.map((t) => [t.key, t.label]));

/** Shortest typed word that may match trades by prefix ("plumb" → plumbing); shorter is too vague. */
const MIN_PREFIX = 4;
/** At most this many trades for one search. */
const MAX_KEYS = 8;

/** The key a register trade is stored under: the known trade it names, or else its own folded words. */
export function tradeKeyForRegister(text: string): string {
  const p = phrase(text);
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
  const p = phrase(text);
  if (!p) return [];
  const exact = PHRASES.get(p);
  if (exact) return [exact];
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
  if (keys.size === 0) keys.add(p.replaceAll(' ', '-'));
  return [...keys].slice(0, MAX_KEYS);
}
