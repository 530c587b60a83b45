// Loads the Easy Read collection once for pages, and fails the build on one whose advice page is missing.
import { getCollection, type CollectionEntry } from 'astro:content';
import { allAdvice } from './advice.ts';

export type EasyReadEntry = CollectionEntry<'easyRead'>;

let checked: Promise<EasyReadEntry[]> | undefined;

/** All Easy Read pages, in title order; throws if one names an advice page that does not exist. */
export function allEasyRead(): Promise<EasyReadEntry[]> {
  checked ??= Promise.all([getCollection('easyRead'), allAdvice()]).then(([entries, advice]) => {
    const slugs = new Set(advice.map((a) => a.id));
    const broken = entries.filter((e) => !slugs.has(e.data.advice)).map((e) => `content/easy-read/${e.id}.md`);
    if (broken.length > 0) throw new Error(`Easy Read pages for advice that does not exist:\n${broken.join('\n')}`);
    return entries.sort((a, b) => a.data.title.localeCompare(b.data.title));
  });
  return checked;
}

/** The Easy Read page for an advice page, if there is one. */
export async function easyReadFor(adviceSlug: string): Promise<EasyReadEntry | undefined> {
  return (await allEasyRead()).find((e) => e.data.advice === adviceSlug);
}
