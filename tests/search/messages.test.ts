import { describe, expect, it } from 'vitest';
import { quoted, resultsMessage } from '../../src/lib/search/messages.ts';

describe('search status messages', () => {
  it('counts results in plain words', () => {
    expect(resultsMessage(1, 'rogue')).toBe('1 result for ‘rogue’');
    expect(resultsMessage(5, ' rogue   trader ')).toBe('5 results for ‘rogue trader’');
  });

  it('suggests fewer words or the A to Z when nothing is found', () => {
    expect(resultsMessage(0, 'zzz')).toBe('No results for ‘zzz’ — try fewer words or see the A to Z.');
  });

  it('shortens long text so a pasted paragraph is not read out in full', () => {
    expect(quoted('word '.repeat(40))).toHaveLength(60);
  });
});
