import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { loadSearch } from '../../src/lib/search/search.ts';

// Alerts in search: whether each is current is decided for the day the search runs, never for the day the
// index was built. Past alerts still come back, labelled, below current ones; unpublished ones never do.
const page = (url: string, fields: Partial<SearchDocument>): SearchDocument => ({
  url,
  title: url,
  summary: 'A summary long enough.',
  keywords: '',
  headings: '',
  body: '',
  ...fields,
});
const searcher = loadSearch(
  JSON.parse(
    JSON.stringify(
      buildSearchIndex([
        page('/alerts/summer-texts/', {
          title: 'Fake toll texts',
          body: 'A text says you owe a road toll.',
          alert: { published: '2026-07-15', expires: '2026-10-15' },
        }),
        page('/alerts/winter-texts/', {
          title: 'Fake toll texts again',
          body: 'A text says you owe a road toll.',
          alert: { published: '2026-11-01', expires: '2027-01-31' },
        }),
        page('/alerts/taken-down/', {
          title: 'Toll texts that were not a scam',
          body: 'A toll text.',
          alert: { published: '2026-08-01', expires: '2026-12-31', withdrawn: true },
        }),
        page('/advice/scam-texts/', { title: 'Scam texts', body: 'Texts about a toll you owe are scams.' }),
      ]),
    ),
  ),
);
const found = (today: string) => searcher.search('toll text', { today }).map((r) => [r.url, r.alert?.text ?? 'advice']);

describe('alerts in search results', () => {
  it('labels a current alert as current, and an ended one as past with the day it ended', () => {
    expect(found('2026-11-20')).toEqual(
      expect.arrayContaining([
        ['/alerts/winter-texts/', 'Current scam alert, published 1 November 2026'],
        ['/alerts/summer-texts/', 'Past alert, ended 15 October 2026'],
        ['/alerts/taken-down/', 'Withdrawn alert, no longer current'],
      ]),
    );
  });

  it('puts a past alert below a current one that matches as well', () => {
    const urls = found('2026-11-20').map(([url]) => url);
    expect(urls.indexOf('/alerts/winter-texts/')).toBeLessThan(urls.indexOf('/alerts/summer-texts/'));
  });

  it('never shows an alert before its day, and the same index says "current" then "past" as days pass', () => {
    expect(found('2026-07-14').map(([url]) => url)).toEqual(['/advice/scam-texts/']);
    expect(found('2026-07-15')).toContainEqual(['/alerts/summer-texts/', 'Current scam alert, published 15 July 2026']);
    expect(found('2026-10-16')).toContainEqual(['/alerts/summer-texts/', 'Past alert, ended 15 October 2026']);
  });
});
