/**
 * "Due for review" is decided when a page is asked for, never when the site is built: a page built in March
 * must not say "Next check due 1 April" in May. Astro builds each advice page with both notices, the current one
 * shown and the overdue one in a <template> (never displayed), between markers that carry the review date; the
 * Worker keeps the one that is true today in the UK. Served without the Worker, the page says only when the
 * next check is due, never a false "overdue".
 */

/** The markers around the notices, with the page's review date (YYYY-MM-DD). */
export function reviewMarkers(reviewDue: string): { open: string; close: string } {
  return { open: `<!--review-due:${reviewDue}-->`, close: '<!--/review-due-->' };
}

const NOTICES =
  /<!--review-due:(\d{4}-\d{2}-\d{2})-->([\s\S]*?)<template[^>]*>([\s\S]*?)<\/template>\s*<!--\/review-due-->/g;

/** The page with the notice that is true on `today` (YYYY-MM-DD): overdue once the review date has passed. */
export function withReviewNotice(page: string, today: string): string {
  return page.replace(NOTICES, (_whole, due: string, current: string, overdue: string) =>
    due < today ? overdue : current,
  );
}
