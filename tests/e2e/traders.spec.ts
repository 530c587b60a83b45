import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

// The server runs with the sample register loaded (scripts/serve.ts). Its first rows are fixed:
// BWC-10001 Puddleby & Daughters Roofing (approved, AL10), BWC-10002 (expired), BWC-10003 (suspended).

/** Waits until the island has taken over from the plain forms (Astro drops `ssr` once hydrated). */
async function openWithIsland(page: Page, path = '/check-a-trader/'): Promise<void> {
  await page.goto(path);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

/** axe needs JavaScript to run: check a no-JS answer by opening the same URL (a server-built page) with it on. */
async function expectNoAxeViolationsAt(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
}

const findTraders = (page: Page) => page.getByRole('button', { name: 'Find traders' });
const memberBox = (page: Page) => page.getByRole('textbox', { name: 'Membership number' });
const resultsHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /found$|^Membership number|^No member/ });

test.describe('check a trader with JavaScript', () => {
  test('finds approved roofers by trade and postcode, and says the data is a sample', async ({ page }) => {
    await openWithIsland(page);
    await page.getByRole('textbox', { name: 'Trade (optional)' }).fill('roofer');
    await page.getByRole('textbox', { name: 'Postcode or town (optional)' }).fill('al10 9ab');
    await findTraders(page).click();

    await expect(resultsHeading(page)).toHaveText(/^\d+ approved traders? found$/);
    await expect(resultsHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/\/check-a-trader\/\?trade=roofer&postcode=al10\+9ab$/);
    await expect(page.getByRole('note').filter({ hasText: 'Sample data' })).toBeVisible();
    const cards = page.locator('.trader-list article');
    await expect(cards.filter({ hasText: 'Puddleby & Daughters Roofing' })).toHaveCount(1);
    for (const card of await cards.all()) {
      await expect(card.locator('.tag')).toHaveText('Approved');
      await expect(card).toContainText('Roofing');
      await expect(card).toContainText('AL10');
    }
    const puddleby = cards.filter({ hasText: 'Puddleby & Daughters Roofing' });
    await expect(puddleby.getByRole('link', { name: '01632 960001' })).toHaveAttribute('href', 'tel:01632960001');
    await expect(page.getByRole('link', { name: '0808 223 1133' }).first()).toHaveAttribute('href', 'tel:08082231133');
    await expectNoAxeViolations(page);
  });

  test('checks an approved membership number and links to a shareable result', async ({ page }) => {
    await openWithIsland(page);
    await memberBox(page).fill('bwc 10001');
    await page.getByRole('button', { name: 'Check number' }).click();
    await expect(resultsHeading(page)).toHaveText('Membership number BWC-10001');
    await expect(page.locator('.trader-results .tag')).toHaveText('Approved');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Share this result for Puddleby & Daughters Roofing' }).click();
    await expect(page).toHaveURL(/\/check-a-trader\/results\/\?member=BWC-10001$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membership number BWC-10001');
  });

  test('shows an expired and a suspended member in words', async ({ page }) => {
    await openWithIsland(page);
    await memberBox(page).fill('BWC-10002');
    await page.keyboard.press('Enter');
    await expect(resultsHeading(page)).toHaveText('Membership number BWC-10002');
    await expect(page.locator('.trader-results .tag')).toHaveText('Membership ended');
    await expect(page.locator('.trader-results')).toContainText('The trader is not approved now.');

    await memberBox(page).fill('BWC-10003');
    await page.keyboard.press('Enter');
    await expect(resultsHeading(page)).toHaveText('Membership number BWC-10003');
    await expect(page.locator('.trader-results .tag')).toHaveText('Suspended');
    await expect(page.getByRole('heading', { name: 'Not on the list?' })).toBeVisible();
  });

  test('says an unknown membership number is not on the register, and what to do', async ({ page }) => {
    await openWithIsland(page);
    await memberBox(page).fill('BWC-99999');
    await page.getByRole('button', { name: 'Check number' }).click();
    await expect(resultsHeading(page)).toHaveText('No member has the number BWC-99999.');
    await expect(page.locator('.trader-results')).toContainText(
      'That does not make them a rogue trader. But check them another way before you agree to anything',
    );
    await expect(page.locator('.trader-results')).toContainText(
      'Never use anyone who knocked on your door, even if they show a scheme card. For advice, call the Citizens Advice consumer helpline on 0808 223 1133',
    );
    await expectNoAxeViolations(page);
  });

  test('shows an error summary, focused, for an empty search and a bad postcode', async ({ page }) => {
    await openWithIsland(page);
    await findTraders(page).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(summary).toContainText('Enter a business name, a trade or a postcode');
    await expect(page).toHaveTitle(/^Error: /);

    await page.getByRole('textbox', { name: 'Postcode or town (optional)' }).fill('***');
    await findTraders(page).click();
    await summary.getByRole('link', { name: /Enter a postcode, like AL10 9AB, or a town/ }).click();
    await expect(page.getByRole('textbox', { name: 'Postcode or town (optional)' })).toBeFocused();
  });

  test('forgives a misspelt trade and town, and says what it searched for', async ({ page }) => {
    await openWithIsland(page);
    await page.getByRole('textbox', { name: 'Trade (optional)' }).fill('plummer');
    await page.getByRole('textbox', { name: 'Postcode or town (optional)' }).fill('stevenidge');
    await findTraders(page).click();
    await expect(resultsHeading(page)).toHaveText(/^\d+ approved traders? found$/);
    await expect(page.locator('.trader-results__showing')).toHaveText(
      'Showing results for “Plumbing” (you typed “plummer” as the trade) and “Stevenage” (you typed “stevenidge” as the place).',
    );
    await expect(page.locator('.trader-list article').filter({ hasText: "O'Neill & Sons" })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('finds nobody near a place it does not know, and says what else to do', async ({ page }) => {
    await openWithIsland(page);
    await page.getByRole('textbox', { name: 'Trade (optional)' }).fill('roofer');
    await page.getByRole('textbox', { name: 'Postcode or town (optional)' }).fill('Luton');
    await findTraders(page).click();
    await expect(resultsHeading(page)).toHaveText('No approved traders found');
    const none = page.locator('.trader-results__none');
    await expect(none).toContainText('We could not find a postcode or a town called “Luton”');
    await expect(none).toContainText('This does not mean there is no good trader for the job.');
    await expect(none).toContainText('TrustMark');
    await expectNoAxeViolations(page);
    await none.getByRole('link', { name: 'Roofing, anywhere' }).click();
    await expect(resultsHeading(page)).toHaveText(/^\d+ approved traders? found$/);
    await expect(page).toHaveURL(/\?trade=roofer$/);
  });

  test('works by keyboard alone, and Back returns to the previous answer', async ({ page }) => {
    await openWithIsland(page);
    await page.getByRole('textbox', { name: 'Business name (optional)' }).focus();
    await page.keyboard.type('puddleby');
    await page.keyboard.press('Enter');
    await expect(resultsHeading(page)).toHaveText(/found$/);
    await memberBox(page).focus();
    await page.keyboard.type('BWC-10003');
    await page.keyboard.press('Enter');
    await expect(resultsHeading(page)).toHaveText('Membership number BWC-10003');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=puddleby$/);
    await expect(resultsHeading(page)).toHaveText(/found$/);
  });
});

test.describe('check a trader without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('searches with the plain form and gets a full results page', async ({ page, browser }) => {
    await page.goto('/check-a-trader/');
    await page.getByRole('textbox', { name: 'Trade (optional)' }).fill('Roofing');
    await page.getByRole('textbox', { name: 'Postcode or town (optional)' }).fill('AL109AB');
    await findTraders(page).click();
    await expect(page).toHaveURL(/\/check-a-trader\/results\/\?/);
    await expect(page).toHaveTitle(/approved traders? found – Check a trader/);
    await expect(page.getByRole('heading', { name: /approved traders? found/ })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'Sample data' })).toBeVisible();
    await expect(page.locator('.trader-list article').filter({ hasText: 'Puddleby & Daughters Roofing' })).toHaveCount(
      1,
    );
    await expect(page.getByRole('textbox', { name: 'Trade (optional)' })).toHaveValue('Roofing');
    await expectNoAxeViolationsAt(browser, page.url());
  });

  test('checks approved, expired and unknown membership numbers', async ({ page, browser }) => {
    for (const [typed, heading, tag] of [
      ['BWC-10001', 'Membership number BWC-10001', 'Approved'],
      ['bwc10002', 'Membership number BWC-10002', 'Membership ended'],
    ] as const) {
      await page.goto('/check-a-trader/');
      await memberBox(page).fill(typed);
      await page.getByRole('button', { name: 'Check number' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('.trader-results .tag')).toHaveText(tag);
    }
    await page.goto('/check-a-trader/');
    await memberBox(page).fill('BWC-99999');
    await page.getByRole('button', { name: 'Check number' }).click();
    await expect(page.getByRole('heading', { name: 'No member has the number BWC-99999.' })).toBeVisible();
    await expectNoAxeViolationsAt(browser, page.url());
  });

  test('shows the form again with its error for a postcode with no letters or digits', async ({ page, browser }) => {
    const response = await page.goto('/check-a-trader/results/?postcode=%2A%2A%2A');
    expect(response?.status()).toBe(400);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole('alert')).toContainText('Enter a postcode, like AL10 9AB, or a town, like Hatfield');
    await expect(page.getByRole('textbox', { name: 'Postcode or town (optional)' })).toHaveValue('***');
    await expectNoAxeViolationsAt(browser, page.url());
  });

  test('takes a town with a slip, and says so, on the plain results page', async ({ page, browser }) => {
    await page.goto('/check-a-trader/');
    await page.getByRole('textbox', { name: 'Business name (optional)' }).fill('harpendon');
    await page.getByRole('textbox', { name: 'Postcode or town (optional)' }).fill('Harpenden');
    await findTraders(page).click();
    await expect(page.locator('.trader-results__showing')).toHaveText(
      'Showing results for “harpenden” (you typed “harpendon” as the name).',
    );
    await expect(page.locator('.trader-list article').filter({ hasText: 'Harpenden Roofing' })).toHaveCount(1);
    await expectNoAxeViolationsAt(browser, page.url());
  });

  test('gives other searches and other ways to check when nobody matches', async ({ page, browser }) => {
    await page.goto('/check-a-trader/results/?trade=roofer&postcode=Luton');
    await expect(page.getByRole('heading', { name: 'No approved traders found' })).toBeVisible();
    await expect(page.locator('.trader-results__none')).toContainText('Never use anyone who knocked on your door');
    await expect(page.getByRole('link', { name: 'Roofing, anywhere' })).toHaveAttribute(
      'href',
      '/check-a-trader/results/?trade=roofer',
    );
    await expectNoAxeViolationsAt(browser, page.url());
  });

  test('pages through many results with plain links', async ({ page }) => {
    await page.goto('/check-a-trader/results/?postcode=SG1&status=all');
    await expect(page.getByText(/^Showing 1 to 20 of \d+\.$/)).toBeVisible();
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^Showing 21 to \d+ of \d+\.$/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Previous page' })).toBeVisible();
  });
});
