import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsWithoutJs } from './support/axe-without-js.ts';
import { sitemapPaths } from './support/sitemap.ts';

// Large print: every advice page links to the same content with body text of at least 16pt (21.33px), on
// screen and in print, without JavaScript; the printed page has no navigation and shows where links go.
// Computed sizes come back rounded to 4 decimals (21.3333px).
const SIXTEEN_POINT_PX = 16 * (96 / 72) - 0.01;

test.use({ javaScriptEnabled: false });

test('every advice page links to its large print, whose body text is 16pt or more', async ({ page }) => {
  test.setTimeout(240_000);
  const slugs = sitemapPaths().flatMap((p) => /^\/advice\/([a-z0-9-]+)\/$/.exec(p)?.[1] ?? []);
  expect(slugs.length).toBeGreaterThan(40);
  for (const slug of slugs) {
    await page.goto(`/advice/${slug}/`);
    await page.getByRole('link', { name: 'Large print' }).click();
    await expect(page).toHaveURL(new RegExp(`/advice/${slug}/large-print/$`));
    const printable = (await page.locator('article.printable').count()) > 0;
    const sizes = await page
      .locator('main .prose p, main .prose li')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes.length, slug).toBeGreaterThan(0);
    if (!printable)
      expect(Math.min(...sizes), `${slug}: smallest body text in px`).toBeGreaterThanOrEqual(SIXTEEN_POINT_PX);
    await expect(page.getByRole('link', { name: 'Standard print' })).toHaveAttribute('href', `/advice/${slug}/`);
  }
});

test('large print is clean for axe, and prints large, without navigation, with link addresses', async ({ page }) => {
  await page.goto('/advice/rogue-traders/large-print/');
  await expectNoAxeViolationsWithoutJs(page);
  await page.emulateMedia({ media: 'print' });
  const paragraph = page.locator('main .prose > p').nth(1);
  expect(parseFloat(await paragraph.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(
    SIXTEEN_POINT_PX,
  );
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const link = page.locator('main a[href^="http"]').first();
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
  await expect(page.locator('.print-only')).toContainText('/advice/rogue-traders/');
});
