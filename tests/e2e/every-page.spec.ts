import { expect, test, type ConsoleMessage } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { sitemapPaths } from './support/sitemap.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and the advice pages', () => {
  expect(paths).toContain('/');
  expect(paths.filter((p) => p.startsWith('/advice/')).length).toBeGreaterThan(1);
});

for (const path of paths) {
  test(`${path} loads without console errors and passes axe`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});
