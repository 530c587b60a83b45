import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { answer, fillDate, information, openCalculator } from './support/calculator.ts';

/**
 * "Can I still cancel?" where the law is less plain: agreed at the trader's premises straight after an
 * approach at home (reg 5), goods the trader says were made for you (reg 28), and information given late.
 */

test('agreed at the showroom straight after a knock at the door: the follow-up question gives the 14 days', async ({
  page,
}) => {
  await openCalculator(page);
  await page.getByRole('radio', { name: /^Work or a service/ }).check();
  await fillDate(page, 'When did you agree to it?', ['2', '12', '2025']);
  await page.getByRole('textbox', { name: /How much/ }).fill('4000');
  await page.getByRole('radio', { name: 'At the trader’s shop, office or showroom' }).check();
  const approached = page.getByRole('group', { name: /come up to you at home or in the street/ });
  await expect(approached).toBeVisible();
  await information(page)
    .getByRole('radio', { name: /^Yes, before I agreed/ })
    .check();
  await answer(page, /urgent repair/, 'No');
  await answer(page, /start within the 14 days/, 'No');

  // Unanswered, the follow-up is in the error summary and links to its first choice.
  await page.getByRole('button', { name: 'Check my dates' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveText([
    'Choose whether the trader came up to you at home or in the street first',
  ]);
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(approached.getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();

  await approached.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Yes, you can still cancel' })).toBeFocused();
  await expect(page.getByText('Your last day to cancel is Tuesday 16 December 2025', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Yes, you can still cancel' }).getByText(/like agreeing at home \(regulation 5\)/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Change your answers' }).click();
  await page
    .getByRole('group', { name: /come up to you/ })
    .getByRole('radio', { name: 'No, I went to them' })
    .check();
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'The 14-day right to cancel does not cover this contract',
  );
});

test('goods the trader says were made for you: may not be covered, with the safe date, advice and the letter', async ({
  page,
}) => {
  await openCalculator(page, new Date('2026-03-25T12:00:00Z'));
  await page.getByRole('radio', { name: /^Goods/ }).check();
  await fillDate(page, 'When did you agree to it?', ['2', '3', '2026']);
  await page.getByRole('textbox', { name: /How much/ }).fill('6000');
  await page.getByRole('radio', { name: /^At my home/ }).check();
  await information(page)
    .getByRole('radio', { name: /^Yes, before I agreed/ })
    .check();
  const madeForYou = page.getByRole('group', { name: /made to your own measurements/ });
  await madeForYou.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page
    .getByRole('group', { name: 'Have the goods arrived?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await fillDate(page, 'When did they arrive?', ['20', '3', '2026']);
  await page.getByRole('button', { name: 'Check my dates' }).click();

  await expect(
    page.getByRole('heading', { level: 2, name: 'The 14-day right to cancel may not cover this contract' }),
  ).toBeFocused();
  await expect(page.getByText('If the trader is wrong, cancel by Friday 3 April 2026', { exact: true })).toBeVisible();
  const result = page.getByRole('region', { name: 'The 14-day right to cancel may not cover this contract' });
  await expect(result.getByText(/ask Citizens Advice\. To be safe, cancel in writing anyway/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Regulation 28\(1\)\(b\)/ })).toBeVisible();
  await expect(result.getByRole('link', { name: '0808 223 1133' })).toHaveAttribute('href', 'tel:08082231133');
  await expect(result.getByText(/0808 223 1133 \(usually Monday to Friday/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your cancellation letter' })).toBeVisible();
  await expectNoAxeViolations(page);

  // "Not sure" keeps the plain yes and the date, and adds what to do.
  await page.getByRole('button', { name: 'Change your answers' }).click();
  await madeForYou.getByRole('radio', { name: /^I’m not sure/ }).check();
  await page.getByRole('button', { name: 'Check my dates' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Yes, you can still cancel' })).toBeFocused();
  const yes = page.getByRole('region', { name: 'Yes, you can still cancel' });
  await expect(yes.getByText(/The trader may say the goods were made for you/)).toBeVisible();
  await expect(yes.getByRole('listitem').filter({ hasText: 'can take off some money' })).toBeVisible();
});

test('information given late, before the goods came: the safe date, "you may have longer", and no deduction', async ({
  page,
}) => {
  await openCalculator(page, new Date('2026-03-25T12:00:00Z'));
  await page.getByRole('radio', { name: /^Goods/ }).check();
  await fillDate(page, 'When did you agree to it?', ['2', '3', '2026']);
  await page.getByRole('textbox', { name: /How much/ }).fill('6000');
  await page.getByRole('radio', { name: /^At my home/ }).check();
  await information(page).getByRole('radio', { name: 'Yes, but only after I agreed' }).check();
  await fillDate(page, 'When did they give it to you?', ['10', '3', '2026']);
  await answer(page, /made to your own measurements/, 'No');
  await page
    .getByRole('group', { name: 'Have the goods arrived?' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await fillDate(page, 'When did they arrive?', ['20', '3', '2026']);
  await page.getByRole('button', { name: 'Check my dates' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Yes, you can still cancel' })).toBeFocused();
  await expect(page.getByText('Your last day to cancel is Friday 3 April 2026', { exact: true })).toBeVisible();
  const result = page.getByRole('region', { name: 'Yes, you can still cancel' });
  await expect(result.getByText(/You may have longer, because the law is not clear about this/)).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: 'cannot take off any money' })).toBeVisible();
  await expect(result.getByRole('link', { name: '0808 223 1133' })).toBeVisible();
  await expectNoAxeViolations(page);
});
