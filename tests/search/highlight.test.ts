import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../src/lib/search/highlight.ts';

const marked = (text: string, matched: string[]) =>
  highlightParts(text, matched)
    .filter((p) => p.match)
    .map((p) => p.text);

describe('highlighting matched words', () => {
  it('marks words whose stem matched, whatever their ending', () => {
    expect(marked('Cancelling a contract you cancelled', ['cancel'])).toEqual(['Cancelling', 'cancelled']);
  });

  it('keeps all the text, in order, so nothing is lost when parts are joined', () => {
    const text = "Don't pay £42 — rogue traders!";
    expect(
      highlightParts(text, ['dont', '42', 'rogu', 'trader'])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(marked(text, ['dont', '42', 'rogu', 'trader'])).toEqual(["Don't", '42', 'rogue', 'traders']);
  });

  it('never marks stop words, and marks nothing when nothing matched', () => {
    expect(marked('the door', ['the'])).toEqual([]);
    expect(highlightParts('Scam texts', [])).toEqual([{ text: 'Scam texts', match: false }]);
  });
});
