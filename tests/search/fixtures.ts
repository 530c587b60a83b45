import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import type { SearchIndexData } from '../../src/lib/search/index-data.ts';

const doc = (slug: string, fields: Partial<SearchDocument>): SearchDocument => ({
  url: `/advice/${slug}/`,
  title: slug,
  summary: '',
  keywords: '',
  headings: '',
  body: '',
  ...fields,
});

/** A tiny library with one page per idea the query tests need. */
const FIXTURE_DOCS: SearchDocument[] = [
  doc('rogue-traders', {
    title: 'Rogue traders',
    summary: 'Rogue traders knock on your door and offer work you do not need.',
    body: 'They say they noticed a loose tile on your roof. The price goes up.',
  }),
  doc('right-to-cancel', {
    title: 'Your 14-day right to cancel',
    summary: 'If you agree a deal at home worth more than £42, you can usually cancel within 14 days.',
    body: 'Cancelling is free. You can cancel by letter.',
  }),
  doc('lottery-scams', {
    title: 'Lottery and prize draw scams',
    summary: 'A letter says you have won, but you must pay a fee first.',
    body: 'You cannot win a lottery you never entered.',
  }),
  doc('phishing-emails', {
    title: 'Phishing emails',
    summary: 'Emails that pretend to be from your bank and ask you to click a link.',
    body: 'Forward phishing emails to the report address.',
  }),
  doc('scam-texts', {
    title: 'Scam texts',
    summary: 'Text messages that try to get your bank details.',
    body: 'Forward the text to 7726. It is free.',
  }),
  doc('investment-scams', {
    title: 'Investment scams',
    summary: 'Offers of high returns from shares or cryptocurrency that are too good to be true.',
    body: 'Check the firm is authorised before you invest.',
  }),
];

/** The fixture library built and serialised as the build script does, then parsed again. */
export function fixtureIndexData(): SearchIndexData {
  return JSON.parse(JSON.stringify(buildSearchIndex(FIXTURE_DOCS))) as SearchIndexData;
}
