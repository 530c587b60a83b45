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

test('the emergency card prints on one sheet of A4', async ({ page }) => {
  await page.goto('/advice/emergency-numbers-card/');
  expect(await printedPageCount(page)).toBe(1);
  // Lay the page out as wide as A4 inside its 15mm margins (180mm at 96px an inch), so lines wrap as printed.
  await page.setViewportSize({ width: 680, height: 1010 });
  await page.emulateMedia({ media: 'print' });
  const halves = page.locator('.emergency-card');
  await expect(halves).toHaveCount(2);
  const numbers = halves.first();
  await expect(numbers).toBeVisible();
  await expect(numbers).toContainText('I never buy or sign anything at the door');
  for (const number of ['999', '101', '159', '0300 123 2040', '08 08 16 89 111']) {
    await expect(numbers.locator('a[href^="tel:"]', { hasText: number }).first()).toBeVisible();
  }
  // A line that is not always open shows its hours on the card itself.
  await expect(numbers).toContainText(/0300 123 2040 \(usually Monday to Friday/);
  const details = halves.nth(1);
  await expect(details).toBeVisible();
  await expect(details).toContainText('Someone I trust');
  await expect(details).toContainText('family password');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'What to do now' })).toBeHidden();
  // Each half is a fixed height that hides what overflows, so nothing may spill past its border.
  for (const half of await halves.all()) {
    expect(await half.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  }
  // The fold falls between the halves: each is within its own half of the sheet.
  const [top, bottom] = await Promise.all([numbers.boundingBox(), details.boundingBox()]);
  expect(top && bottom && top.y + top.height <= bottom.y).toBe(true);
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
