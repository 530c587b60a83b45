/** Sorting advice entries within a list (one category, or the related pages): the page's own order, then title. */
export function byOrderThenTitle(a: { order: number; title: string }, b: { order: number; title: string }): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'en-GB');
}
