import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { adviceToSearchDocument } from '../../src/lib/search/documents.ts';
import { SEARCH_INDEX_VERSION } from '../../src/lib/search/index-data.ts';

const page = {
  slug: 'rogue-traders',
  frontmatter: { title: 'Rogue traders', summary: 'They knock on your door.', keywords: ['cowboy builder', 'roofer'] },
  body: [
    'A rogue trader offers work. Call {{tel:emergency}} if they will not leave.',
    '',
    '## What to do now',
    '',
    '- Tell the police on {{tel:police}}.',
    '- Read [your right to cancel](/advice/14-day-right-to-cancel/).',
    '',
    '### They rush you',
    '',
    '> "It\'s a special price, today only."',
  ].join('\n'),
};

describe('turning an advice page into a search document', () => {
  const doc = adviceToSearchDocument(page);

  it('keeps the title, summary and keywords as their own fields, with the page address', () => {
    expect(doc).toMatchObject({
      url: '/advice/rogue-traders/',
      title: 'Rogue traders',
      summary: 'They knock on your door.',
      keywords: 'cowboy builder roofer',
    });
  });

  it('lists the headings on their own and leaves them out of the body', () => {
    expect(doc.headings).toBe('What to do now\nThey rush you');
    expect(doc.body).not.toContain('What to do now');
  });

  it('expands phone tokens to the numbers a reader sees and drops markdown', () => {
    expect(doc.body).toContain('Call 999 if they will not leave.');
    expect(doc.body).toContain('Tell the police on 101.');
    expect(doc.body).toContain('Read your right to cancel.');
    expect(doc.body).not.toMatch(/[{}[\]#>]/);
  });

  it('fails on an unknown contact token, as the page build does', () => {
    expect(() => adviceToSearchDocument({ ...page, body: 'Call {{tel:bacon}}' })).toThrow(/bacon/);
  });
});

describe('building the index', () => {
  const other = adviceToSearchDocument({
    ...page,
    slug: 'another',
    frontmatter: { ...page.frontmatter, title: 'Another' },
  });

  it('gives the same output for the same pages in any order', () => {
    const a = JSON.stringify(buildSearchIndex([adviceToSearchDocument(page), other]));
    const b = JSON.stringify(buildSearchIndex([other, adviceToSearchDocument(page)]));
    expect(a).toBe(b);
  });

  it('writes a versioned file with a small docs table whose order gives each page its ref', () => {
    const data = buildSearchIndex([adviceToSearchDocument(page), other]);
    expect(data.version).toBe(SEARCH_INDEX_VERSION);
    expect(data.docs).toEqual([
      { title: 'Another', url: '/advice/another/', summary: 'They knock on your door.' },
      { title: 'Rogue traders', url: '/advice/rogue-traders/', summary: 'They knock on your door.' },
    ]);
  });
});
