import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, fillDate } from './support/calculator.ts';

/**
 * "Can I still cancel?" with JavaScript turned off: the questions are a GET form the Worker answers with
 * the same answer and letter the island shows. axe needs JavaScript, so each page is checked again in a
 * second browser context with it on but the page's own scripts blocked (what the first one saw).
 */
test.use({ javaScriptEnabled: false });

async function axeWithoutScripts(browser: import('@playwright/test').Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

test('the form gives the last day and a letter to fill in by hand', async ({ page, browser }) => {
  await page.goto('/can-i-still-cancel/');
  await page.getByRole('radio', { name: /^Work or a service/ }).check();
  // A date a week back, so the answer is a yes whatever day the test runs.
  const agreed = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  const ukDate = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const [day = '', month = '', year = ''] = ukDate.format(agreed).split('/');
  await fillDate(page, 'When did you agree to it?', [day, month, year]);
  await page.getByRole('textbox', { name: 'How much did you agree to pay in total?' }).fill('£4,000');
  await page.getByRole('radio', { name: /^At my home/ }).check();
  await page.getByRole('radio', { name: 'Yes, before I agreed or when I agreed' }).check();
  await answer(page, /urgent repair/, 'No');
  await answer(page, /start within the 14 days/, 'No');
  await page.getByRole('button', { name: 'Check my dates' }).click();

  await expect(page).toHaveURL(/\/can-i-still-cancel\/\?kind=services&agreedOn-day=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Yes, you can still cancel' })).toBeVisible();
  await expect(page.getByText(/^Your last day to cancel is \w+day \d+ \w+ \d{4}$/)).toBeVisible();
  await expect(page.getByText('That is 7 days from today.')).toBeVisible();
  const letter = page.getByRole('article', { name: /cancel/i }).last();
  await expect(letter).toContainText(`${Number(day)} `);
  await expect(page.getByRole('button', { name: 'Print your letter' })).toHaveCount(0);
  await axeWithoutScripts(browser, page.url());

  // Back to the questions, with the answers kept.
  await page.getByRole('link', { name: 'Change your answers' }).click();
  await expect(page.getByRole('radio', { name: /^Work or a service/ })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'How much did you agree to pay in total?' })).toHaveValue('£4,000');
});

test('a date that does not exist gets the error summary, focused, with a link to the date', async ({
  page,
  browser,
}) => {
  await page.goto('/can-i-still-cancel/');
  await page.getByRole('radio', { name: /^Work or a service/ }).check();
  await fillDate(page, 'When did you agree to it?', ['31', '2', '2025']);
  await page.getByRole('button', { name: 'Check my dates' }).click();

  await expect(page).toHaveTitle(/^Error: Can I still cancel\?/);
  await expect(page.locator('.error-summary')).toBeFocused();
  const summary = page.getByRole('alert');
  await expect(
    summary.getByRole('link', { name: 'The date you agreed must be a real date, like 2 12 2025' }),
  ).toHaveAttribute('href', '#agreedOn-day');
  await expect(page.getByRole('radio', { name: /^Work or a service/ })).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'When did you agree to it?' }).getByRole('textbox', { name: 'Day' }),
  ).toHaveValue('31');
  await axeWithoutScripts(browser, page.url());
});
