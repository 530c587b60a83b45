// Writes src/generated/search-index.json: the search index over every advice page and alert (postings, not
// lunr's field vectors, which the island and the Worker rebuild on load) and a small table of titles,
// addresses, summaries and alert dates. The search island imports it with `?url`, so Vite emits it under
// /_astro/ with a content hash in its name and it can be cached forever. Run before `astro build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import {
  adviceToSearchDocument,
  alertToSearchDocument,
  easyReadToSearchDocument,
  type SearchDocument,
} from '../src/lib/search/documents.ts';
import { readEasyReadFiles } from './easy-read-files.ts';
import { readAdviceFiles } from './advice-files.ts';
import { readAlertFiles } from './alert-files.ts';

export const SEARCH_INDEX_FILE = new URL('../src/generated/search-index.json', import.meta.url).pathname;

/** Every page search finds, as it is now: the advice pages and the alerts (current or not: that is decided when searching). */
export function siteSearchDocuments(): SearchDocument[] {
  return [
    ...readAdviceFiles().map(adviceToSearchDocument),
    ...readEasyReadFiles().map(easyReadToSearchDocument),
    ...readAlertFiles().map(alertToSearchDocument),
  ];
}

/** The index data for the content files as they are now. */
export function buildSiteSearchIndex(documents: readonly SearchDocument[] = siteSearchDocuments()) {
  return buildSearchIndex(documents);
}

if (import.meta.main) {
  const data = buildSiteSearchIndex();
  const json = JSON.stringify(data);
  mkdirSync(dirname(SEARCH_INDEX_FILE), { recursive: true });
  writeFileSync(SEARCH_INDEX_FILE, json);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const alerts = data.docs.filter((d) => d.alert).length;
  console.log(
    `search index: ${data.docs.length - alerts} advice and Easy Read pages and ${alerts} alerts, ${kb(json.length)} (${kb(gzipSync(json).length)} gzipped) → src/generated/search-index.json`,
  );
}
