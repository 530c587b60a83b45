import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectNoAxeViolationsWithoutJs } from './support/axe-without-js.ts';

/** The search page's own box, which appears once the index has loaded. */
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search for advice' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test.describe('search with JavaScript', () => {
  test('a resident types what happened, arrows down to a result, presses Enter and lands on the page', async ({
    page,
  }) => {
    await page.goto('/search/');
    await searchBox(page).click();
    await page.keyboard.type('man at door says roof loose');
    const first = results(page).getByRole('link').first();
    await expect(first).toHaveText('Rogue traders');
    await expect(page.getByRole('status')).toContainText(/\d+ results? for ‘man at door says roof loose’/);

    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(searchBox(page)).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/advice\/rogue-traders\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rogue traders');
  });

  test('reads ?q= and lists results best first, titled as the pages they lead to', async ({ page }) => {
    await page.goto('/search/?q=rouge%20trader');
    const links = results(page).getByRole('link');
    await expect(links.first()).toHaveText('Rogue traders');
    await expect(links.first()).toHaveAttribute('href', '/advice/rogue-traders/');
    await expect(searchBox(page)).toHaveValue('rouge trader');
    await expect(results(page).locator('mark').first()).toBeVisible();
    // The fallback A to Z has gone now the index has loaded.
    await expect(page.getByText('Search needs JavaScript')).toHaveCount(0);
  });

  test('keeps ?q= in step with what is typed, so a reload shows the same search', async ({ page }) => {
    await page.goto('/search/');
    await searchBox(page).fill('cooling off');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await expect(page).toHaveURL(/\?q=cooling\+off$/);
    await page.reload();
    await expect(searchBox(page)).toHaveValue('cooling off');
    await expect(results(page).getByRole('link').first()).toBeVisible();
  });

  test('says there are no results and offers the A to Z', async ({ page }) => {
    await page.goto('/search/?q=zzzzqqq');
    await expect(page.getByRole('status')).toHaveText('No results for ‘zzzzqqq’ — try fewer words or see the A to Z.');
    await expect(page.getByRole('link', { name: 'See every advice page from A to Z' })).toHaveAttribute(
      'href',
      '/advice/',
    );
    await expect(results(page)).toHaveCount(0);
  });

  test('fetches the hashed index once, reusing the preload, with nothing on the console', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
    });
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('search-index')) indexRequests.push(r.url());
    });
    await page.goto('/search/?q=scam');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    expect(indexRequests).toHaveLength(1);
    expect(indexRequests[0]).toMatch(/\/_astro\/search-index\.[\w-]+\.json$/);
    const response = await page.request.get(indexRequests[0]!);
    expect(response.headers()['cache-control']).toContain('immutable');
    expect(messages).toEqual([]);
  });

  test('passes axe with results open', async ({ page }) => {
    await page.goto('/search/?q=scam');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('keeps the A to Z and says so when the index cannot load', async ({ page }) => {
    await page.route('**/_astro/search-index.*.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/search/');
    await expect(page.getByRole('status')).toHaveText(/Search could not load/);
    await expect(page.getByRole('link', { name: 'Rogue traders' })).toBeVisible();
    await expect(searchBox(page)).toHaveCount(0);
  });

  test('keeps the results found on the server when the index cannot load', async ({ page }) => {
    await page.route('**/_astro/search-index.*.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/search/?q=rogue');
    await expect(results(page).getByRole('link').first()).toHaveText('Rogue traders');
    await expect(searchBox(page)).toHaveValue('rogue');
  });

  test('takes over the results found on the server without moving them (layout shift under 0.1)', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 }); // a phone, as Lighthouse measures
    // Hold the index back until the server's results have been seen on screen: the island can't replace
    // them first, however fast or slow the machine.
    let releaseIndex: () => void = () => undefined;
    const indexHeld = new Promise<void>((resolve) => {
      releaseIndex = resolve;
    });
    await page.route('**/_astro/search-index.*.json', async (route) => {
      await indexHeld;
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/search/?q=rogue');
    await expect(page.locator('#search-server-results')).toBeVisible(); // the server's answer, first
    const serverTitles = await results(page).getByRole('link').allTextContents();
    releaseIndex();
    await expect(page.locator('#search-server-results')).toHaveCount(0, { timeout: 10_000 }); // the island's now
    await expect(results(page).getByRole('link')).toHaveText(serverTitles); // the same results, same order
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(`layout shift on /search/?q=rogue while the island takes over: ${cls.toFixed(3)}`);
    expect(cls).toBeLessThan(0.1);
  });

  test('the header box on an advice page is a plain form that loads no JavaScript', async ({ page }) => {
    await page.goto('/advice/rogue-traders/');
    expect(await page.locator('script[src], astro-island').count()).toBe(0);
    const headerBox = page.getByRole('searchbox', { name: 'Search the advice' });
    await headerBox.fill('phising');
    await headerBox.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=phising$/);
    await expect(searchBox(page)).toHaveValue('phising');
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers ?q= with results found on the server, best first, in a list labelled "Search results"', async ({
    page,
  }) => {
    await page.goto('/search/?q=rouge%20trader');
    const links = results(page).getByRole('link');
    await expect(links.first()).toHaveText('Rogue traders');
    await expect(links.first()).toHaveAttribute('href', '/advice/rogue-traders/');
    await expect(page.getByRole('status')).toContainText(/\d+ results? for ‘rouge trader’/);
    await expect(searchBox(page)).toHaveValue('rouge trader');
    await expectNoAxeViolationsWithoutJs(page);
  });

  test('the header box works without JavaScript, and a search can be changed on the page', async ({ page }) => {
    await page.goto('/advice/rogue-traders/');
    await page.getByRole('searchbox', { name: 'Search the advice' }).fill('phising');
    await page.getByRole('searchbox', { name: 'Search the advice' }).press('Enter');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await searchBox(page).fill('zzzzqqq');
    await searchBox(page).press('Enter');
    await expect(page.getByRole('status')).toHaveText('No results for ‘zzzzqqq’ — try fewer words or see the A to Z.');
    await expect(page.getByRole('link', { name: 'See every advice page from A to Z' })).toBeVisible();
  });

  test('shows every advice page from A to Z when there are no words to search for', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'R', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Rogue traders' })).toHaveAttribute('href', '/advice/rogue-traders/');
    await expect(results(page)).toHaveCount(0);
  });
});
