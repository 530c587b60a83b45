import { expect, test } from '@playwright/test';
import { printedPageCount } from './support/pdf.ts';

test('the leaflet prints on one sheet of A4', async ({ page }) => {
  await page.goto('/advice/not-sure-leaflet/');
  expect(await printedPageCount(page)).toBe(1);
});

test('the door sticker prints alone on one sheet of A4', async ({ page }) => {
  await page.goto('/advice/no-cold-callers-door-sticker/');
  expect(await printedPageCount(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sticker')).toBeVisible();
  await expect(page.locator('.sticker')).toContainText(/cold callers/i);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});

test('printed advice keeps phone numbers and shows web addresses in full', async ({ page }) => {
  await page.goto('/advice/ive-been-scammed/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  const external = page.locator('main a[href^="https://"]').first();
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  expect(await printedPageCount(page)).toBeLessThanOrEqual(4);
});
