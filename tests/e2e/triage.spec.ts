import { expect, test, type Page } from '@playwright/test';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import { everyPlanAnswers } from '../../src/lib/triage/limits.ts';
import { nextQuestion, planFor, questionById, QUESTIONS, type Answers } from '../../src/lib/triage/index.ts';
import { triageUrl } from '../../src/lib/triage/links.ts';
import { PLAN_HEADING } from '../../src/lib/triage/plan.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { printedPageCount } from './support/pdf.ts';

// "What do I do now?": one question a page, then the plan — all of it without JavaScript.

const firstStep = (page: Page) => page.locator('.plan-step').first();

/** Chooses an answer by its label and presses Continue, as a visitor would. */
async function answer(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every path through the questions reaches its plan, by the forms alone', async ({ page }) => {
    // About twice the paths since the plan asks who took what, who was paid and who is still targeted.
    test.setTimeout(480_000);
    let plans = 0;
    // Walk the tree of questions: at each question page, choose each answer in turn and press Continue.
    async function walk(answers: Answers): Promise<void> {
      const id = nextQuestion(answers);
      if (id === null) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
        const expected = planFor(answers).steps.map((s) => s.id);
        await expect(page.locator('.plan-step')).toHaveCount(expected.length);
        await expect(firstStep(page)).toHaveAttribute('data-step', expected[0]!);
        await expect(page.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/what-to-do-now/');
        plans++;
        return;
      }
      const q = questionById(id);
      for (const option of q.options) {
        await page.goto(triageUrl(answers));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.legend);
        await answer(page, option.label);
        const next = { ...answers, [id]: option.value };
        // The answers are kept in the address, so the page can be bookmarked or shared.
        expect(new URL(page.url()).search).toBe(new URL(triageUrl(next), 'http://x').search);
        await walk(next);
      }
    }
    await walk({});
    expect(plans).toBe(allCompleteAnswers().length);
  });

  test('the first page is the built page, and a function-built page gives the same question', async ({ page }) => {
    const res = await page.goto('/what-to-do-now/');
    expect(res?.status()).toBe(200);
    const built = await page.locator('main').innerHTML();
    await page.goto('/what-to-do-now/?from=leaflet');
    expect(await page.locator('main').innerHTML()).toBe(built);
    await expect(page.getByRole('group', { name: 'Is anyone in danger now?' })).toBeVisible();
    // The shell the function fills is not a page of its own.
    await page.goto('/what-to-do-now/answer/');
    await expect(page).toHaveURL(/\/what-to-do-now\/$/);
    expect(await page.locator('main').innerHTML()).toBe(built);
  });

  test('Continue with nothing chosen shows the question again with an error summary', async ({ page }) => {
    await page.goto('/what-to-do-now/');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveTitle(/^Error: Is anyone in danger now\?/);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(page.locator('.error-summary')).toBeFocused();
    await summary.getByRole('link', { name: 'Select yes if anyone is in danger now' }).click();
    await expect(page.getByLabel('Yes', { exact: true })).toBeFocused();
  });

  test('an answer the path does not ask is set aside: the plan, not an error', async ({ page }) => {
    const res = await page.goto('/what-to-do-now/?danger=no&situation=at-door-now&payment=card');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
    await expect(firstStep(page)).toHaveAttribute('data-step', 'keep-door-shut');
  });

  test('a bookmarked address keeps every answer on its path, then asks only what is missing', async ({ page }) => {
    // Once asked "Did you reply…?" again and lost `when`: now the plan, with the bank step for today.
    await page.goto('/what-to-do-now/?danger=no&situation=paid-or-shared&payment=card&when=today&gave=yes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
    await expect(firstStep(page)).toContainText('Call your bank now. Do not wait.');
    // Without the payment: that question, and then the plan, without asking when again.
    await page.goto('/what-to-do-now/?danger=no&situation=paid-or-shared&when=today');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How did you pay?');
    await answer(page, 'By debit card or credit card');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
    expect(new URL(page.url()).search).toBe('?danger=no&situation=paid-or-shared&payment=card&when=today');
  });

  test('back links go to the previous question with its answer kept', async ({ page }) => {
    await page.goto('/what-to-do-now/?danger=no&situation=paid-or-shared&payment=card&when=today');
    await page.locator('main a.back-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When did it happen?');
    await expect(page.getByLabel('Today')).toBeChecked();
    await page.locator('main a.back-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How did you pay?');
    await expect(page.getByLabel('By debit card or credit card')).toBeChecked();
    // A different answer from here drops the answers that no longer apply.
    await answer(page, 'By bank transfer, or in a banking app');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When did it happen?');
    await expect(page.getByLabel('Today')).not.toBeChecked();
  });

  test('keyboard only: answer every question and reach the plan’s first number', async ({ page }) => {
    await page.goto('/what-to-do-now/');
    async function tabTo(selector: string): Promise<void> {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    }
    async function choose(name: string, downs: number): Promise<void> {
      await tabTo(`input[name="${name}"] >> nth=0`);
      if (downs === 0) await page.keyboard.press('Space');
      for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await choose('danger', 1); // No
    await choose('situation', 4); // I have paid someone…
    await choose('payment', 0); // By bank transfer
    await choose('when', 0); // Today
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
    await expect(firstStep(page)).toHaveAttribute('data-step', 'bank');
    await tabTo('.plan-step >> nth=0 >> a[href^="tel:"]');
    await expect(page.locator(':focus')).toHaveAttribute('href', 'tel:159');
  });

  test('someone in danger gets 999 first, straight after the first question', async ({ page }) => {
    await page.goto('/what-to-do-now/');
    await answer(page, 'Yes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
    await expect(firstStep(page).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toBeVisible();
  });

  test('someone in danger who has already said they paid is told to call the bank once safe', async ({ page }) => {
    // Answers given before someone said they were in danger: the danger question carries them.
    await page.goto('/what-to-do-now/?situation=paid-or-shared&payment=bank-transfer');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger now?');
    await answer(page, 'Yes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN_HEADING);
    await expect(page.locator('.plan-step')).toHaveCount(5);
    await expect(firstStep(page)).toHaveAttribute('data-step', 'call-999');
    const bank = page.locator('.plan-step[data-step="bank"]');
    await expect(bank).toContainText('When you are safe, call your bank straight away.');
    await expect(bank.getByRole('link', { name: '159' })).toHaveAttribute('href', 'tel:159');
  });
});

test('the home page, the header and the 404 page lead to What do I do now?', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('main a[href="/what-to-do-now/"]');
  // First thing after the 999 notice.
  const after999 = await page
    .locator('main .emergency + *')
    .evaluate((el) => el.querySelector('a')?.getAttribute('href'));
  expect(after999).toBe('/what-to-do-now/');
  await expect(links.first()).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What do I do now?' }),
  ).toBeVisible();
  await page.goto('/no-such-page/');
  await expect(page.locator('main a[href="/what-to-do-now/"]')).toBeVisible();
});

test('axe passes on every question, its error state, and every plan', async ({ page }) => {
  test.setTimeout(360_000);
  // One page for each question (the first path that asks it), the same with its error, then every plan.
  const questions = new Map<string, string>();
  for (const answers of allCompleteAnswers()) {
    const asked: Answers = {};
    for (const [id, value] of Object.entries(answers)) {
      if (!questions.has(id)) questions.set(id, triageUrl(asked));
      Object.assign(asked, { [id]: value });
    }
  }
  const errors = [...questions].map(([id, url]) => `${url}${url.includes('?') ? '&' : '?'}asked=${id}`);
  // Plans with the same steps are the same page but for the back link's address: check each once.
  const plans = [
    ...new Map(allCompleteAnswers().map((a) => [JSON.stringify(planFor(a).steps), triageUrl(a)])).values(),
  ];
  expect(plans.length).toBeGreaterThan(30);
  expect(questions.size).toBe(QUESTIONS.length);
  for (const url of [...questions.values(), ...errors, ...plans]) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
});

test('every printed plan fits on one sheet of A4, with its numbers and the write-it-down boxes', async ({ page }) => {
  test.setTimeout(480_000);
  // Every path's plan, and each different plan for someone in danger whose answers say more (alike print alike).
  const inDanger = everyPlanAnswers().filter((a) => a.danger === 'yes');
  const dangerPlans = new Map(inDanger.map((a) => [JSON.stringify(planFor(a).steps), a])).values();
  for (const answers of [...allCompleteAnswers(), ...dangerPlans]) {
    await page.goto(triageUrl(answers));
    expect(await printedPageCount(page), triageUrl(answers)).toBe(1);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Write it down')).toBeVisible();
  await expect(page.locator('.plan-step a[href^="tel:"]').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Exit this page' })).toBeHidden();
});
