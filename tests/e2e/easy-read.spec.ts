import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { EASY_READ_RULES } from '../../src/lib/easy-read/rules.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectNoAxeViolationsWithoutJs } from './support/axe-without-js.ts';
import { printedPageCount } from './support/pdf.ts';

// Easy Read: every page in content/easy-read/, with and without JavaScript, on a phone and on paper.
const slugs = readdirSync(new URL('../../content/easy-read/', import.meta.url))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

test('the Easy Read index lists every page, and search finds them', async ({ page }) => {
  expect(slugs.length).toBeGreaterThanOrEqual(4);
  await page.goto('/easy-read/');
  await expectNoAxeViolations(page);
  for (const slug of slugs) await expect(page.locator(`a[href="/easy-read/${slug}/"]`)).toBeVisible();
  await page.goto('/search/?q=easy+read+scam');
  await expect(page.locator('main a[href^="/easy-read/"]').first()).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('each page: a picture left of every idea on a phone, big text and numbers, axe clean, at most four A4 sheets', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 320, height: 720 });
      for (const slug of slugs) {
        await page.goto(`/easy-read/${slug}/`);
        const ideas = page.locator('.idea');
        expect(await ideas.count(), slug).toBeGreaterThan(5);
        const layout = await ideas.evaluateAll((els) =>
          els.map((el) => {
            const picture = el.querySelector('svg')!.getBoundingClientRect();
            const words = el.querySelector('.idea__words')!;
            const box = words.getBoundingClientRect();
            return {
              left: picture.right <= box.left,
              beside: picture.top < box.bottom && box.top < picture.bottom,
              px: parseFloat(getComputedStyle(words).fontSize),
              alt: el.querySelector('svg')!.getAttribute('aria-label') ?? '',
              italic: getComputedStyle(words).fontStyle,
            };
          }),
        );
        for (const idea of layout) {
          expect(idea.left && idea.beside, `${slug}: picture left of the words`).toBe(true);
          expect(idea.px).toBeGreaterThanOrEqual(EASY_READ_RULES.minTextPx);
          expect(idea.alt.length).toBeGreaterThan(3);
          expect(idea.italic).toBe('normal');
        }
        await (javaScriptEnabled ? expectNoAxeViolations(page) : expectNoAxeViolationsWithoutJs(page));
        if (javaScriptEnabled) continue;
        await page.emulateMedia({ media: 'print' });
        const printPx = await page
          .locator('.idea__words')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(printPx).toBeGreaterThanOrEqual(EASY_READ_RULES.minTextPx - 0.01);
        expect(await printedPageCount(page), `${slug}: printed sheets`).toBeLessThanOrEqual(
          EASY_READ_RULES.maxPrintedSheets,
        );
        await page.emulateMedia({ media: 'screen' });
      }
    });
  });
}

test('a standard page links to its Easy Read version, by keyboard', async ({ page }) => {
  await page.goto('/advice/at-the-door-now/');
  const link = page.getByRole('link', { name: 'Easy Read' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/easy-read\/at-the-door-now\/$/);
  await expect(page.getByRole('link', { name: /\d/ }).first()).toHaveAttribute('href', /^tel:/);
});
