import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ftsQuery, MAX_QUERY_WORDS, queryWords } from '../../src/lib/traders/fts-query.ts';
import { indexNameWords } from '../../src/lib/traders/name-words.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';

// SQLite's FTS5 with the register's tokenizer (Node's built-in SQLite; the D1 tests use workerd's).
const db = new DatabaseSync(':memory:');
db.exec("CREATE VIRTUAL TABLE names USING fts5 (business_name, tokenize = 'unicode61 remove_diacritics 2')");
const insert = db.prepare('INSERT INTO names (rowid, business_name) VALUES (?, ?)');
['Puddleby & Daughters Roofing', 'Crème de la Crème Decorating', "O'Tumble Plumbing", 'NEAR AND NOT Builders'].forEach(
  (name, i) => insert.run(i + 1, indexNameWords(name).join(' ')),
);
const search = (text: string): number[] => {
  const match = ftsQuery(text);
  if (match === null) return [];
  return db
    .prepare('SELECT rowid FROM names WHERE names MATCH ? ORDER BY rowid')
    .all(match)
    .map((r) => Number(r['rowid']));
};

describe('ftsQuery', () => {
  it('quotes each word and matches it as a prefix', () => {
    expect(ftsQuery('puddle roof')).toBe('"puddle"* AND "roof"*');
    expect(search('puddle roof')).toEqual([1]);
  });

  it('ignores case and accents', () => {
    expect(search('CREME')).toEqual([2]);
    expect(search('crème')).toEqual([2]);
  });

  it('joins a word at its apostrophe, and treats other punctuation as word breaks, as the index does', () => {
    expect(search("O'Tumble")).toEqual([3]);
    expect(search('otumble')).toEqual([3]);
    expect(search('o tumble')).toEqual([3]);
    expect(search('Puddleby&Daughters')).toEqual([1]);
  });

  it('treats FTS operators as plain words', () => {
    expect(search('NEAR NOT')).toEqual([4]);
    expect(search('roof NOT plumb')).toEqual([]);
  });

  it('gives null for text with no letters or digits', () => {
    expect(ftsQuery('*** "" -- ()')).toBeNull();
    expect(ftsQuery('🔨🏠')).toBeNull();
  });

  it('keeps at most eight words', () => {
    expect(queryWords('a b c d e f g h i j k')).toHaveLength(MAX_QUERY_WORDS);
  });

  it('never makes SQLite raise an error, whatever the text', () => {
    for (const text of HOSTILE_STRINGS) expect(() => search(text), JSON.stringify(text.slice(0, 30))).not.toThrow();
  });
});
