import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, fillDate, information, openCalculator } from './support/calculator.ts';
import { pdfPageTexts } from './support/pdf-text.ts';

/**
 * "Can I still cancel?": the questions by keyboard, the answer with its date, the letter printed to PDF
 * (its text read back from the PDF's own content streams — see support/pdf-text.ts), axe on each state,
 * and the page without JavaScript. The clock is fixed at 9 December 2025, a week after the driveway.
 */

/** Answers for a £4,000 driveway agreed at home on 2 December 2025, by keyboard only. */
async function answerDrivewayByKeyboard(page: Page): Promise<void> {
  const kb = page.keyboard;
  await kb.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await kb.press('Enter');
  await kb.press('Tab');
  await expect(page.getByRole('radio', { name: /^Work or a service/ })).toBeFocused();
  await kb.press('Space');
  for (const value of ['2', '12', '2025', '£4,000']) {
    await kb.press('Tab');
    await kb.type(value);
  }
  await kb.press('Tab'); // where: the first choice is "At my home…"
  await kb.press('Space');
  await kb.press('Tab'); // information about cancelling: "Yes, before I agreed or when I agreed"
  await kb.press('Space');
  await kb.press('Tab'); // urgent repair: "Yes", then the arrow key moves to "No" and chooses it
  await kb.press('ArrowDown');
  await expect(
    page.getByRole('group', { name: /urgent repair/ }).getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await kb.press('Tab'); // early start: "Yes", then the arrow key moves to "No" and chooses it
  await kb.press('ArrowDown');
  await expect(
    page.getByRole('group', { name: /start within the 14 days/ }).getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await kb.press('Tab');
  await expect(page.getByRole('button', { name: 'Check my dates' })).toBeFocused();
  await kb.press('Enter');
}

test('answering by keyboard gives the last day written out, with its regulation', async ({ page }) => {
  await openCalculator(page);
  await expectNoAxeViolations(page);
  await answerDrivewayByKeyboard(page);

  const heading = page.getByRole('heading', { level: 2, name: 'Yes, you can still cancel' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Your last day to cancel is Tuesday 16 December 2025', { exact: true })).toBeVisible();
  await expect(page.getByText('That is 7 days from today.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Regulation 30\(2\) of the Consumer Contracts/ })).toHaveAttribute(
    'href',
    'https://www.legislation.gov.uk/uksi/2013/3134/regulation/30',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'You do not have to pay anything' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('missing answers get an error summary that takes focus and links to each question', async ({ page }) => {
  await openCalculator(page);
  await page.getByRole('button', { name: 'Check my dates' }).click();
  // govuk-frontend's pattern: focus on the summary, role="alert" on its contents.
  const summary = page.getByRole('alert');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Can I still cancel\?/);
  await expect(summary.getByRole('link')).toHaveText([
    'Choose whether you agreed to buy goods or to have work done',
    'Enter the date you agreed',
    'Enter how much you agreed to pay',
    'Choose where you agreed to it',
    'Choose whether the trader gave you information about cancelling',
  ]);
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Enter the date you agreed' }).click();
  await expect(page.getByRole('textbox', { name: 'Day' }).first()).toBeFocused();
});

test('goods that arrived before the contract was made are refused with a clear message', async ({ page }) => {
  await openCalculator(page);
  await page.getByRole('radio', { name: /^Goods/ }).check();
  const agreed = page.getByRole('group', { name: 'When did you agree to it?' });
  await agreed.getByRole('textbox', { name: 'Day' }).fill('5');
  await agreed.getByRole('textbox', { name: 'Month' }).fill('12');
  await agreed.getByRole('textbox', { name: 'Year' }).fill('2025');
  await page.getByRole('textbox', { name: /How much/ }).fill('900');
  await page.getByRole('radio', { name: /^At my home/ }).check();
  await information(page).getByRole('radio', { name: 'No', exact: true }).check();
  await answer(page, /made to your own measurements/, 'No');
  await page
    .getByRole('group', { name: 'Have the goods arrived?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  const arrived = page.getByRole('group', { name: 'When did they arrive?' });
  await arrived.getByRole('textbox', { name: 'Day' }).fill('1');
  await arrived.getByRole('textbox', { name: 'Month' }).fill('12');
  await arrived.getByRole('textbox', { name: 'Year' }).fill('2025');
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The date the goods arrived must be the same as or after the date you agreed',
  );
  await expectNoAxeViolations(page);
});

test('without a cancellation form the time is 12 months longer, and £42 has no right at all', async ({ page }) => {
  await openCalculator(page);
  await page.getByRole('radio', { name: /^Work or a service/ }).check();
  await fillDate(page, 'When did you agree to it?', ['2', '12', '2025']);
  await page.getByRole('textbox', { name: /How much/ }).fill('4000');
  await page.getByRole('radio', { name: /^At my home/ }).check();
  await information(page).getByRole('radio', { name: 'No', exact: true }).check();
  await answer(page, /urgent repair/, 'No');
  await answer(page, /start within the 14 days/, 'Yes');
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Yes, you can still cancel' })).toBeFocused();
  await expect(page.getByText('Your last day to cancel is Wednesday 16 December 2026', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Regulation 31\(3\)/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Change your answers' }).click();
  await page.getByRole('textbox', { name: /How much/ }).fill('42');
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'The 14-day right to cancel does not cover this contract',
  );
  await expect(page.getByText('The price is £42 or less.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('after the last day the answer says it has ended, and offers advice instead of a letter', async ({ page }) => {
  await openCalculator(page, new Date('2026-01-05T12:00:00Z'));
  await answerDrivewayByKeyboard(page);
  await expect(page.getByRole('heading', { level: 2, name: 'No, your time to cancel has ended' })).toBeFocused();
  await expect(page.getByText('The last day to cancel was Tuesday 16 December 2025', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your cancellation letter' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '0808 223 1133' }).first()).toHaveAttribute('href', 'tel:08082231133');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Change your answers' }).click();
  await page.getByRole('radio', { name: 'Online, by phone or by post' }).check();
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'This checker is for contracts agreed in person' }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the letter is filled from the answers and prints alone, reference text and all', async ({ page }) => {
  await openCalculator(page);
  await answerDrivewayByKeyboard(page);
  await page.getByRole('textbox', { name: 'Trader’s name or business name' }).fill('Example Driveways Ltd');
  await page.getByRole('textbox', { name: 'Trader’s address' }).fill('1 Sample Road\nHatfield\nAL10 9AB');
  await page.getByRole('textbox', { name: /Trader’s email/ }).fill('info@example.com');
  await page.getByRole('textbox', { name: 'Your full name' }).fill('Pat Example');
  await page.getByRole('textbox', { name: 'Your address' }).fill('2 Test Lane, Hatfield AL10 9XY');
  await page.getByRole('textbox', { name: 'What work did you agree to?' }).fill('a new driveway');
  const letter = page.getByRole('article', { name: 'Notice of cancellation' });
  await expect(letter).toContainText(
    'I hereby give notice that I cancel my contract for the supply of the following service: a new driveway',
  );
  await expectNoAxeViolations(page);
  await expect(
    page.getByRole('region', { name: 'Your cancellation letter' }).getByRole('link', { name: 'check a trader' }),
  ).toHaveAttribute('href', '/check-a-trader/');
  const sending = page.getByRole('region', { name: 'Your cancellation letter' });
  await expect(sending.getByText(/ask for free proof of postage/)).toBeVisible();
  await expect(sending).not.toContainText('hand it over');
  await expect(
    page.getByRole('region', { name: 'Your cancellation letter' }).getByRole('link', { name: 'I’ve been scammed' }),
  ).toHaveAttribute('href', '/advice/ive-been-scammed/');

  // Print preview: in print media only the letter is shown.
  await page.emulateMedia({ media: 'print' });
  await expect(letter).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print your letter' })).toBeHidden();
  await expect(page.getByRole('article', { name: 'Model cancellation form' })).toBeHidden();

  // The PDF itself: one page, the letter's words in it, nothing else from the page.
  const pages = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages).toHaveLength(1);
  const text = pages[0] ?? '';
  expect(text).toContain(
    'I hereby give notice that I cancel my contract for the supply of the following service: a new driveway',
  );
  expect(text).toContain('To: Example Driveways Ltd, 1 Sample Road, Hatfield, AL10 9AB, info@example.com');
  expect(text).toContain('Ordered on: 2 December 2025');
  expect(text).toContain('Name of consumer(s): Pat Example');
  expect(text).toContain('Date: 9 December 2025');
  expect(text).toContain('Open Government Licence');
  expect(text).not.toContain('Can I still cancel?');
  expect(text).not.toContain('How to send it');
});

test('the page as it is before its script loads (what no-JavaScript visitors get) passes axe', async ({ page }) => {
  // axe needs JavaScript to run, so keep the page's own scripts from loading instead of turning it off.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/can-i-still-cancel/');
  await expect(page.getByRole('heading', { name: 'If you bought goods' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('links to the rules, which explain them with worked examples and print the blank model form alone', async ({
    page,
  }) => {
    await page.goto('/can-i-still-cancel/');
    await page.getByRole('link', { name: 'How the 14 days work' }).click();
    await expect(page).toHaveURL('/can-i-still-cancel/how-the-14-days-work/');
    await expect(page.getByRole('heading', { level: 1, name: 'How the 14 days work' })).toBeVisible();
    const examples = page.getByRole('table', { name: 'Worked examples' });
    await expect(examples.getByRole('row').filter({ hasText: 'Tuesday 2 December 2025' }).first()).toContainText(
      'Tuesday 16 December 2025',
    );
    await expect(page.getByRole('article', { name: 'Model cancellation form' })).toBeVisible();

    const pages = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('I/We [*] hereby give notice that I/We [*] cancel my/our [*] contract');
    expect(pages[0]).toContain('Signature of consumer(s) (only if this form is notified on paper)');
    expect(pages[0]).not.toContain('Worked examples');
  });
});
