import { expect, test } from '@playwright/test';

test.describe('the home page on a small phone (320×568)', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  test('shows the 999 notice above the fold', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('note').filter({ hasText: 'Someone at your door now?' });
    await expect(notice).toBeInViewport({ ratio: 1 });
    await expect(notice.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  });

  test('has no sideways scrolling', async ({ page }) => {
    await page.goto('/advice/not-sure-dont-open-the-door/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('an advice page at 200% zoom has no horizontal scroll', async ({ page }) => {
  // 200% zoom of a 1280px window lays the page out at 640 CSS pixels with doubled text.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/advice/rogue-traders/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a keyboard user can skip to content and reach an advice page from home', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab through main content until "Read advice" has focus, then follow it.
  const readAdvice = page.getByRole('link', { name: 'Read advice' });
  for (let i = 0; i < 10 && !(await readAdvice.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(readAdvice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/advice\/$/);

  const advice = page.getByRole('link', { name: "Not sure? Don't open the door", exact: true });
  await advice.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Not sure? Don't open the door");
  await expect(page.locator('.callout--action')).toContainText('What to do');
});

test('the header search box sends a plain GET to /search/', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the advice' }).fill('rogue trader');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=rogue\+trader$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, topic and advice pages work by links alone', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Doorstep callers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doorstep callers');
    await page.getByRole('link', { name: 'Rogue traders', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rogue traders');
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  });

  test('the search page answers a search, and shows the A to Z without one', async ({ page }) => {
    await page.goto('/search/?q=rogue');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toHaveText('Rogue traders');
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'R', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Rogue traders', exact: true })).toBeVisible();
  });
});

test('pages load no JavaScript unless they have an island', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of ['/', '/advice/', '/advice/rogue-traders/', '/topics/scams/', '/privacy/']) {
    await page.goto(path);
  }
  expect(scripts).toEqual([]);
});

test('every request stays on this site', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of ['/', '/advice/', '/search/?q=scam', '/check-a-trader/']) await page.goto(path);
  expect(foreign).toEqual([]);
});

test('a page and a function answer with the security headers', async ({ request }) => {
  for (const path of ['/', '/api/health']) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
  // Each page's meta CSP allows its own inline scripts by hash and no others (support/trim-csp-hashes.ts).
  const page = await (await request.get('/')).text();
  expect(page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self';/);
  expect(page).not.toContain('unsafe-inline');
  const island = await (await request.get('/can-i-still-cancel/')).text();
  expect(island).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'sha256-/);
});
