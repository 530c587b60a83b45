import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';

/**
 * No page may break its own Content Security Policy. A blocked `eval` is caught by whoever tried it, so the
 * page still works, but the browser reports it on every load (zod's JIT probe did this on the trader and
 * referral pages). The reports are collected from the first moment of the page, before any module runs.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Pages whose built HTML holds an island, found from the build so a new island is covered too. */
function islandPaths(): string[] {
  return sitemapPaths().filter((path) => {
    const html = readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf8');
    return html.includes('<astro-island');
  });
}

async function watchCsp(page: Page): Promise<string[]> {
  const reported: string[] = [];
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) reported.push(message.text());
  });
  return reported;
}

/**
 * Everything reported so far. A violation's event is a task queued when the script broke the rule, so after
 * the page's scripts have run (the callers wait for hydration), a frame and one more task let every queued
 * report arrive: the page's own event loop says when, not a guess of how long.
 */
async function violations(page: Page, logged: string[]): Promise<string[]> {
  const events = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return window.cspViolations ?? ['the watcher did not run'];
  });
  return [...events, ...logged];
}

const islands = islandPaths();

test('the build has the four island pages', () => {
  expect(islands).toEqual(
    expect.arrayContaining([
      '/can-i-still-cancel/',
      '/check-a-trader/',
      '/get-help/refer-yourself-to-beacon/',
      '/search/',
    ]),
  );
});

for (const path of ['/', ...islands]) {
  test(`${path} loads without a Content Security Policy violation`, async ({ page }) => {
    const logged = await watchCsp(page);
    await page.goto(path);
    if (path !== '/') await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    expect(await violations(page, logged)).toEqual([]);
  });
}

test('checking a trader and starting a referral break no Content Security Policy rule', async ({ page }) => {
  const logged = await watchCsp(page);
  // The island checks the search and the API's answer with the shared schemas.
  await page.goto('/check-a-trader/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('textbox', { name: 'Trade (optional)' }).fill('roofer');
  await page.getByRole('button', { name: 'Find traders' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /found$/ })).toBeVisible();
  const onTraderPage = await violations(page, []);
  // The referral island validates a step with the same schema as the function.
  await page.goto('/get-help/refer-yourself-to-beacon/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect([...onTraderPage, ...(await violations(page, logged))]).toEqual([]);
});
