import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';
import { printedPageCount } from './support/pdf.ts';

// Scam alerts through the served Worker, on days set with ?now= (development on loopback only). The days
// come from the site's own alerts, so the tests follow the content as editors change it.
interface Alert {
  slug: string;
  title: string;
  published: string;
  expires: string;
  areas: string[];
}
const { alerts } = JSON.parse(readFileSync(new URL('../../src/generated/alerts.json', import.meta.url), 'utf8')) as {
  alerts: Alert[];
};
const newest = [...alerts].sort((a, b) => b.published.localeCompare(a.published))[0]!;
const district = alerts.flatMap((a) => a.areas).find((a) => a !== 'hertfordshire' && a !== 'national');

test('the home page shows the day’s newest alerts under the 999 notice, or says there are none', async ({ page }) => {
  await page.goto(`/?now=${newest.published}`);
  const panel = page.getByRole('region', { name: 'Scams going round now' });
  await expect(panel.getByRole('link', { name: newest.title })).toBeVisible();
  expect(await panel.locator('article').count()).toBeLessThanOrEqual(3);
  await expectNoAxeViolations(page);

  await page.goto('/?now=2000-01-01');
  await expect(panel).toContainText('No scam alerts are current today.');
  await panel.getByRole('link', { name: 'See past alerts' }).click();
  await expect(page).toHaveURL(/\/alerts\/#past-alerts$/);
});

test('/alerts/ links both feeds from its head', async ({ page }) => {
  await page.goto('/alerts/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/alerts/feed.xml',
  );
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
    'href',
    '/alerts/feed.json',
  );
});

for (const javaScriptEnabled of [true, false]) {
  test(`the list narrows by district and by how the scam came, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }) => {
    // Runs whenever an alert names a district (today several do); skipped, with its reason, only if editors
    // ever leave none, as there is then no district to narrow the list to.
    test.skip(!district, 'no alert names a district, so there is nothing to narrow to');
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const day = alerts.find((a) => a.areas.includes(district!))!.published;
    await page.goto(`/alerts/?now=${day}`);
    await page.getByLabel('Your area').selectOption(district!);
    await page.getByLabel('How the scam came').selectOption('phone');
    // The form keeps ?now= out of the address it builds, so the test day goes back in by hand.
    await page.getByRole('button', { name: 'Show alerts' }).click();
    await expect(page).toHaveURL(new RegExp(`area=${district!}&channel=phone`));
    await page.goto(`${page.url()}&now=${day}`);
    await expect(page.getByLabel('Your area')).toHaveValue(district!);
    const shown = await page.locator('article h3 a').allTextContents();
    const wanted = alerts.filter((a) =>
      a.areas.some((x) => x === district || x === 'hertfordshire' || x === 'national'),
    );
    for (const title of shown) expect(wanted.map((a) => a.title)).toContain(title);
    await context.close();
  });
}

test('an area it does not know gets the form again with the problem, by keyboard too', async ({ page }) => {
  const res = await page.goto('/alerts/?area=narnia');
  expect(res?.status()).toBe(400);
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your area')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('an alert page says whether it is current on the day, and prints on one sheet of A4', async ({ page }) => {
  await page.goto(`/alerts/${newest.slug}/?now=${newest.published}`);
  await expect(page.getByText('This alert is current.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What to do now' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email this alert to someone' })).toHaveAttribute('href', /^mailto:/);
  await expectNoAxeViolations(page);
  expect(await printedPageCount(page)).toBe(1);

  await page.goto(`/alerts/${newest.slug}/?now=2099-01-01`);
  await expect(page.getByText('This alert has ended.')).toBeVisible();
});

test('every alert prints on one sheet of A4', async ({ page }) => {
  for (const alert of alerts) {
    await page.goto(`/alerts/${alert.slug}/?now=${alert.published}`);
    expect(await printedPageCount(page), alert.slug).toBe(1);
  }
});

test('the copy button copies the alert’s address where the browser can', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/alerts/${newest.slug}/?now=${newest.published}`);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/alerts/${newest.slug}/$`));
});
