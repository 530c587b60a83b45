import { expect, type Page } from '@playwright/test';

/** Shared by the calculator's browser tests. The clock is fixed at 9 December 2025, a week after the driveway. */
const TODAY = new Date('2025-12-09T12:00:00Z');

export async function openCalculator(page: Page, today: Date = TODAY): Promise<void> {
  await page.clock.setFixedTime(today);
  await page.goto('/can-i-still-cancel/');
  await expect(page.getByRole('group', { name: 'What did you agree to?' })).toBeVisible();
  // As built the page is the no-JavaScript form with every question; the island, once hydrated, asks
  // only those that fit the answers so far, so this heading going is the sign it has taken over.
  await expect(page.getByRole('heading', { name: 'If you bought goods' })).toHaveCount(0);
}

/** The question about the information on the right to cancel (reg 10 and reg 31). */
export function information(page: Page) {
  return page.getByRole('group', { name: /information about your right to cancel, on paper/ });
}

/** Fills a day/month/year question. */
export async function fillDate(page: Page, group: string, [day, month, year]: [string, string, string]): Promise<void> {
  const fields = page.getByRole('group', { name: group });
  await fields.getByRole('textbox', { name: 'Day' }).fill(day);
  await fields.getByRole('textbox', { name: 'Month' }).fill(month);
  await fields.getByRole('textbox', { name: 'Year' }).fill(year);
}

/** Answers a yes/no question, found by the words of its question. */
export async function answer(page: Page, question: RegExp, choice: 'Yes' | 'No'): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
}
