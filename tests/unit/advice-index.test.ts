import { describe, expect, it } from 'vitest';
import { groupAtoZ, missingRelatedPages } from '../../src/lib/advice/listing.ts';

const page = (title: string) => ({ slug: title.toLowerCase().replace(/\W+/g, '-'), title, summary: 's' });

describe('groupAtoZ', () => {
  it('groups titles by first letter in order, ignoring quotes and "The"', () => {
    const groups = groupAtoZ([
      page('Scam texts'),
      page('"Safe account" scams'),
      page('The rogue trader'),
      page('Romance scams'),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['R', 'S']);
    expect(groups[0]!.pages.map((p) => p.title)).toEqual(['The rogue trader', 'Romance scams']);
    expect(groups[1]!.pages.map((p) => p.title)).toEqual(['"Safe account" scams', 'Scam texts']);
  });

  it('puts titles starting with a number under 0–9', () => {
    expect(groupAtoZ([page('14-day right to cancel')])[0]!.letter).toBe('0–9');
  });
});

describe('missingRelatedPages', () => {
  it('names the file and the missing page', () => {
    const pages = [
      { slug: 'a', related: ['b', 'nope'] },
      { slug: 'b', related: [] },
    ];
    expect(missingRelatedPages(pages)).toEqual(['content/advice/a.md: related page "nope" does not exist']);
  });
});
