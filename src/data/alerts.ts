// Loads the alerts collection for pages, and fails the build on a related link to a missing advice page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { allAdvice } from './advice.ts';

export type AlertEntry = CollectionEntry<'alerts'>;

let checked: Promise<AlertEntry[]> | undefined;

/** Every alert, current or not (the Worker decides that per request); throws on a broken related link. */
export function allAlerts(): Promise<AlertEntry[]> {
  checked ??= Promise.all([getCollection('alerts'), allAdvice()]).then(([alerts, advice]) => {
    const slugs = new Set(advice.map((a) => a.id));
    const broken = alerts.flatMap((a) =>
      a.data.related
        .filter((r) => !slugs.has(r))
        .map((r) => `content/alerts/${a.id}.md: related page "${r}" does not exist`),
    );
    if (broken.length > 0) throw new Error(`Broken related links:\n${broken.join('\n')}`);
    return alerts;
  });
  return checked;
}
