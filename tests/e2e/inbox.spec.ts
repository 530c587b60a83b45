import { expect, test } from '@playwright/test';
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// The Beacon inbox on `npm start`'s Worker (development, loopback): the local signer stands in for
// Cloudflare Access. A staff member signs in, finds the referral, reads it and marks it contacted, all by
// keyboard, and axe finds nothing on any page. (The token checks themselves: tests/functions/beacon-inbox.test.ts.)
const ANSWERS = {
  ...EXAMPLE_ANSWERS,
  name: 'Inbox E2E Testperson',
  phone: '07700 900 456',
  description: 'A caller said my bank account was not safe <b>and</b> asked me to move money.',
  whenHappened: 'Yesterday',
  lostMoney: 'no',
  crimeReference: '',
  feelUnsafe: 'yes',
};

test('Beacon staff sign in, read a referral and mark it contacted, by keyboard', async ({ page, baseURL }) => {
  const res = await page.request.post('/api/referral', {
    data: { ...ANSWERS, submissionId: crypto.randomUUID() },
    headers: { Origin: baseURL ?? '' },
  });
  expect(res.status()).toBe(201);
  const { reference } = (await res.json()) as { reference: string };

  await page.goto('/beacon-inbox/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the Beacon inbox' })).toBeVisible();
  await page.goto('/__access/sign-in/');
  await expectNoAxeViolations(page);
  await page.getByLabel('Work email').fill('beacon.staff@example.org');
  await page.getByLabel('Work email').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Beacon inbox' })).toBeVisible();
  await expectNoAxeViolations(page);
  const link = page.getByRole('link', { name: reference });
  await link.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: `Referral ${reference}` })).toBeVisible();
  await expect(page.getByText('The person says they feel unsafe now.', { exact: true })).toBeVisible();
  await expect(page.locator('.summary-list')).toContainText('<b>and</b>');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark as contacted' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Marked as contacted');
  await expect(page.getByRole('table', { name: 'Who looked at or changed this referral' })).toContainText(
    'Marked contacted',
  );
  await expectNoAxeViolations(page);
});
