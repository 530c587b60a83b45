import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/lib/search/lunr.ts';
import { MISSPELLINGS } from '../../src/lib/search/misspellings.ts';
import { normaliseText, wordsOf } from '../../src/lib/search/normalise.ts';
import { editDistanceFor, planQuery, synonymWords } from '../../src/lib/search/query.ts';
import { withinEditDistance } from '../../src/lib/search/fuzzy.ts';
import { loadCompactIndex } from '../../src/lib/search/load-index.ts';
import { loadSearch, MIN_SHARE_OF_BEST, runQuery } from '../../src/lib/search/search.ts';
import type { SearchIndexData } from '../../src/lib/search/index-data.ts';
import { SYNONYM_GROUPS } from '../../src/lib/search/synonyms.ts';
import { fixtureIndexData } from './fixtures.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const searcher = loadSearch(fixtureIndexData());
const compactIndexOf = (data: SearchIndexData) => loadCompactIndex(data.index, data.docs.length);
const slugs = (text: string, options = {}) =>
  searcher.search(text, { today: '2026-01-01', ...options }).map((r) => r.url.replace(/^\/advice\/|\/$/g, ''));
const top = (text: string) => slugs(text)[0];

describe('normalising text', () => {
  it('folds case and accents, drops apostrophes and turns punctuation into spaces', () => {
    expect(normaliseText("Don't PAY £42 — café 14-day")).toBe('dont pay 42 cafe 14 day');
  });

  it('gives no words for text without letters or digits', () => {
    expect(wordsOf(' :~^*+- ')).toEqual([]);
  });
});

describe('planning a query', () => {
  it('drops stop words and keeps the words that matter', () => {
    expect(planQuery('can I cancel the driveway I signed for').words).toEqual(['cancel', 'driveway', 'signed']);
  });

  it('fixes common misspellings before searching', () => {
    expect(planQuery('rouge lotery phising').words).toEqual(['rogue', 'lottery', 'phishing']);
  });

  it('forgives one slip in words of 4 to 7 letters and two in words of 8 or more', () => {
    expect([
      editDistanceFor('con'),
      editDistanceFor('roof'),
      editDistanceFor('scammed'),
      editDistanceFor('clairvoyant'),
    ]).toEqual([0, 1, 1, 2]);
  });

  it('does not fuzz numbers', () => {
    expect(editDistanceFor('0300')).toBe(0);
  });

  it('only lets letters and digits into a clause, whatever was typed', () => {
    const plan = planQuery('rogue: trader~2 ^roof* +cancel -refund "quote" (x) [y] {z} \\ /', { stillTyping: true });
    for (const t of plan.terms) expect(t.term).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('adds words from a synonym group the query touches, standing for the words that brought them in', () => {
    const extra = synonymWords(['cowboy', 'builder']);
    expect([...extra.keys()]).toEqual(expect.arrayContaining(['rogue', 'trader']));
    expect([...(extra.get('rogue') ?? [])]).toEqual(['cowboy', 'builder']);
  });

  it('cuts very long text to a few words', () => {
    expect(planQuery('scam '.repeat(10_000) + 'lottery').words).toEqual(['scam']);
  });
});

describe('searching', () => {
  it('finds a page from a word in its title, body or summary', () => {
    expect(top('rogue')).toBe('rogue-traders');
    expect(top('loose tile')).toBe('rogue-traders');
    expect(top('authorised firm')).toBe('investment-scams');
  });

  it('matches words by stem, so cancelling finds cancel', () => {
    expect(top('cancelling')).toBe('right-to-cancel');
  });

  it('finds pound amounts and numbers', () => {
    expect(top('£42')).toBe('right-to-cancel');
    expect(top('14 day')).toBe('right-to-cancel');
    expect(top('7726')).toBe('scam-texts');
  });

  it('treats lunr syntax characters as plain text', () => {
    expect(top('rogue: trader~2 ^roof*')).toBe('rogue-traders');
    expect(top('title:lottery')).toBe('lottery-scams');
    // "-text" is not a "must not contain": the scam texts page still comes first.
    expect(top('-text +7726')).toBe('scam-texts');
  });

  it('forgives misspellings through the map and by edit distance', () => {
    expect(top('rouge trader')).toBe('rogue-traders');
    expect(top('phising')).toBe('phishing-emails');
    expect(top('lotery')).toBe('lottery-scams');
    expect(top('invesment')).toBe('investment-scams');
    expect(top('cryptocurency')).toBe('investment-scams');
  });

  it('uses synonyms, so cowboy builder finds rogue traders and sms finds texts', () => {
    expect(top('cowboy builder')).toBe('rogue-traders');
    expect(top('sms')).toBe('scam-texts');
  });

  it('keeps every word optional but ranks pages matching more words higher', () => {
    const results = slugs('bank text click link');
    expect(results).toEqual(expect.arrayContaining(['scam-texts', 'phishing-emails']));
    expect(slugs('forward text 7726')[0]).toBe('scam-texts');
  });

  it('leaves out pages scoring under a tenth of the best, so one common word does not list every page', () => {
    const index = compactIndexOf(fixtureIndexData());
    // "letter" is also in the lottery page's summary, far below the cancel page's score.
    const all = runQuery(index, planQuery('cancel free letter'));
    expect(all.length).toBeGreaterThan(1);
    expect(all.at(-1)!.score).toBeLessThan(all[0]!.score * MIN_SHARE_OF_BEST);
    expect(slugs('cancel free letter')).toEqual(['right-to-cancel']);
  });

  it('matches the word still being typed as a prefix', () => {
    expect(slugs('lott', { stillTyping: true })[0]).toBe('lottery-scams');
    expect(slugs('lott')).not.toContain('lottery-scams');
  });

  it('returns nothing, without throwing, for empty text or only stop words', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs('   ')).toEqual([]);
    expect(slugs('the and of it')).toEqual([]);
  });

  it('never throws, whatever is typed', () => {
    const index = compactIndexOf(fixtureIndexData());
    const alphabet = [
      'a',
      'z',
      'é',
      '£',
      '4',
      ' ',
      ':',
      '~',
      '^',
      '*',
      '+',
      '-',
      '"',
      '\\',
      '\u0000',
      '😀',
      'ß',
      "'",
      '\n',
    ];
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 30);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(
        () => runQuery(index, planQuery(text, { stillTyping: random() > 0.5 })),
        JSON.stringify(text),
      ).not.toThrow();
    }
  });

  it('rejects index data of the wrong shape with a plain message', () => {
    expect(() => loadSearch({ version: 99, docs: [], index: {} })).toThrow(/version/);
    expect(() => loadSearch(null)).toThrow(/not an object/);
  });
});

describe('the search data lists', () => {
  it('maps each misspelling to a single plain word that is not a stop word', () => {
    for (const [from, to] of Object.entries(MISSPELLINGS)) {
      expect(wordsOf(from), from).toEqual([from]);
      expect(wordsOf(to), to).toEqual([to]);
      expect(isStopWord(to), to).toBe(false);
      expect(from, 'a misspelling must differ from its fix').not.toBe(to);
    }
  });

  it('has no synonym phrase that is empty or only stop words', () => {
    for (const phrase of SYNONYM_GROUPS.flat()) {
      expect(
        wordsOf(phrase).some((w) => !isStopWord(w)),
        phrase,
      ).toBe(true);
    }
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(withinEditDistance('rogue', 'rouge', 1)).toBe(true);
    expect(withinEditDistance('scam', 'scram', 1)).toBe(true);
    expect(withinEditDistance('scam', 'sca', 1)).toBe(true);
    expect(withinEditDistance('scam', 'scum', 1)).toBe(true);
  });

  it('rejects words further apart than allowed', () => {
    expect(withinEditDistance('kept', 'keep', 1)).toBe(false);
    expect(withinEditDistance('kept', 'keep', 2)).toBe(true);
    expect(withinEditDistance('door', 'doorstep', 2)).toBe(false);
  });

  it('works for words longer than its reusable buffer', () => {
    const long = 'a'.repeat(40);
    expect(withinEditDistance(long, `${long}b`, 1)).toBe(true);
    expect(withinEditDistance('abc', long, 2)).toBe(false);
  });
});
