import { describe, expect, it } from 'vitest';
import { reviewMarkers, withReviewNotice } from '../../src/lib/advice/review-notice.ts';

/** An advice page's "Last checked" line as AdviceArticle.astro builds it, for a page due on `due`. */
function built(due: string): string {
  const { open, close } = reviewMarkers(due);
  return `<p class="meta">Last checked 1 May 2026. ${open}Next check due 1 June 2026.<template>
      <strong class="due-for-review">This page is due for review.</strong>
    </template>
    ${close}</p>`;
}

describe('the "due for review" notice', () => {
  it('says when the next check is due, up to and on the review date', () => {
    for (const today of ['2026-05-31', '2026-06-01']) {
      const page = withReviewNotice(built('2026-06-01'), today);
      expect(page).toContain('Next check due 1 June 2026.');
      expect(page).not.toContain('due for review');
      expect(page).not.toContain('<template');
    }
  });

  it('says the page is due for review from the day after', () => {
    const page = withReviewNotice(built('2026-06-01'), '2026-06-02');
    expect(page).toContain('<strong class="due-for-review">This page is due for review.</strong>');
    expect(page).not.toContain('Next check due');
    expect(page).not.toContain('review-due');
  });

  it('leaves a page without the notice as it is', () => {
    expect(withReviewNotice('<p>Hello</p>', '2026-06-02')).toBe('<p>Hello</p>');
  });
});
