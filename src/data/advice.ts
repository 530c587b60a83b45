// Loads the advice collection once for pages, and fails the build on a related link to a missing page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { missingRelatedPages } from '../lib/advice/listing.ts';
import { byOrderThenTitle } from '../lib/advice/collection.ts';

export type AdviceEntry = CollectionEntry<'advice'>;

let checked: Promise<AdviceEntry[]> | undefined;

/** All advice pages, sorted by category order then title; throws if any related link is broken. */
export function allAdvice(): Promise<AdviceEntry[]> {
  checked ??= getCollection('advice').then((entries: AdviceEntry[]) => {
    const problems = missingRelatedPages(entries.map((e) => ({ slug: e.id, related: e.data.related })));
    if (problems.length > 0) throw new Error(`Broken related links:\n${problems.join('\n')}`);
    return entries.sort((a, b) => byOrderThenTitle(a.data, b.data));
  });
  return checked;
}

export function toListing(entry: AdviceEntry) {
  return { slug: entry.id, title: entry.data.title, summary: entry.data.summary };
}

/** Each advice page's address and what it shows: for /advice/SLUG/ and its large print alike. */
export async function advicePaths() {
  const entries = await allAdvice();
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry, all: entries } }));
}
