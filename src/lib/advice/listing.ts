/** Pure helpers for listing advice pages: A to Z groups, related-page checks, URLs. */

export interface AdviceListing {
  slug: string;
  title: string;
  summary: string;
}

export function adviceUrl(slug: string): string {
  return `/advice/${slug}/`;
}

/** Groups pages by the first letter of the title (ignoring quotes and "The"), letters in order. */
export function groupAtoZ<T extends AdviceListing>(pages: readonly T[]): { letter: string; pages: T[] }[] {
  const key = (title: string) => title.replace(/^[^A-Za-z0-9]+/, '').replace(/^the\s+/i, '');
  const sorted = [...pages].sort((a, b) => key(a.title).localeCompare(key(b.title), 'en-GB'));
  const groups = new Map<string, T[]>();
  for (const page of sorted) {
    const first = key(page.title).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '0–9';
    groups.set(letter, [...(groups.get(letter) ?? []), page]);
  }
  return [...groups].map(([letter, list]) => ({ letter, pages: list }));
}

/** Every related link that points at a page that does not exist, as "file: message" lines. */
export function missingRelatedPages(pages: readonly { slug: string; related: readonly string[] }[]): string[] {
  const slugs = new Set(pages.map((p) => p.slug));
  return pages.flatMap((p) =>
    p.related
      .filter((r) => !slugs.has(r))
      .map((r) => `content/advice/${p.slug}.md: related page "${r}" does not exist`),
  );
}
