// Writes src/generated/search-index.json: the lunr index over every advice page and a small table of
// titles, addresses and summaries. The search island imports it with `?url`, so Vite emits it under
// /_astro/ with a content hash in its name and it can be cached forever. Run before `astro build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { adviceToSearchDocument } from '../src/lib/search/documents.ts';
import { readAdviceFiles } from './advice-files.ts';

export const SEARCH_INDEX_FILE = new URL('../src/generated/search-index.json', import.meta.url).pathname;

/** The index data for the advice files as they are now. */
export function buildAdviceSearchIndex() {
  return buildSearchIndex(readAdviceFiles().map(adviceToSearchDocument));
}

if (import.meta.main) {
  const data = buildAdviceSearchIndex();
  const json = JSON.stringify(data);
  mkdirSync(dirname(SEARCH_INDEX_FILE), { recursive: true });
  writeFileSync(SEARCH_INDEX_FILE, json);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `search index: ${data.docs.length} pages, ${kb(json.length)} (${kb(gzipSync(json).length)} gzipped) → src/generated/search-index.json`,
  );
}
