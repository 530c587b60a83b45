import { describe, expect, it } from 'vitest';
import { TRADES } from '../../src/lib/traders/trade-synonyms.ts';
import {
  foldWords,
  tradeKeyForRegister,
  tradeKeysForSearch,
  tradeLabel,
  tradePhrase,
} from '../../src/lib/traders/trade-match.ts';

describe('trade synonyms', () => {
  it('finds roofing from roofer, roofers, ROOF and the label itself', () => {
    for (const words of ['roofer', 'Roofers', 'ROOF', 'Roofing', 'roofing ']) {
      expect(tradeKeysForSearch(words), words).toEqual(['roofing']);
    }
  });

  it('finds a trade from any of its listed synonyms', () => {
    for (const trade of TRADES) {
      for (const synonym of trade.synonyms) expect(tradeKeysForSearch(synonym), synonym).toContain(trade.key);
    }
  });

  it('matches the start of a trade name once four letters are typed', () => {
    expect(tradeKeysForSearch('plumb')).toEqual(['plumbing']);
    expect(tradeKeysForSearch('electri')).toContain('electrical');
  });

  it('finds a trade named anywhere in a longer phrase', () => {
    expect(tradeKeysForSearch('emergency plumber')).toEqual(['plumbing']);
    expect(tradeKeysForSearch('gas engineer')).toEqual(['heating']);
  });

  it('folds accents and punctuation', () => {
    expect(foldWords("Café-Crème's  ROOF")).toBe('cafe creme s roof');
    expect(tradeKeysForSearch('Électrician')).toEqual(['electrical']);
  });

  it('keeps an unknown trade as its own folded words, so it can still match the register', () => {
    expect(tradeKeyForRegister('Thatching')).toBe('thatching');
    expect(tradeKeysForSearch('thatching')).toEqual(['thatching']);
  });

  it('gives nothing for words with no letters or digits', () => {
    expect(tradeKeysForSearch('🔨 -- !!')).toEqual([]);
  });

  it('stores register trades under their known key and label', () => {
    expect(tradeKeyForRegister('Roofers')).toBe('roofing');
    expect(tradeLabel('roofing')).toBe('Roofing');
  });

  it('has unique keys and labels', () => {
    expect(new Set(TRADES.map((t) => t.key)).size).toBe(TRADES.length);
    expect(new Set(TRADES.map((t) => t.label)).size).toBe(TRADES.length);
  });

  it('lists each word for one trade only, so a new synonym cannot send a search to two trades', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const trade of TRADES) {
      for (const word of [trade.key, trade.label, ...trade.synonyms]) {
        const folded = tradePhrase(word);
        const other = owner.get(folded);
        if (other !== undefined && other !== trade.key) clashes.push(`"${word}": ${other} and ${trade.key}`);
        owner.set(folded, trade.key);
      }
    }
    expect(clashes).toEqual([]);
  });
});
