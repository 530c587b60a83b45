import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectNoAxeViolationsWithoutJs } from './support/axe-without-js.ts';
import { EXAMPLE_ANSWERS, fieldControl, isAsked, type AnsweredField } from '../../src/lib/referral/fields.ts';
import { QUESTIONS, questionText } from '../../src/lib/referral/questions.ts';
import type { Answers } from '../../src/lib/referral/schema.ts';
import { CHECK, STEPS } from '../../src/lib/referral/steps.ts';
import { expect, test } from './support/referral-server.ts';

// The referral journey against its own `wrangler dev` and a local fake of Resend (see the fixture).
const PAGE = '/get-help/refer-yourself-to-beacon/';
const REFERENCE = /BCN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

test.beforeEach(({ referralServer }) => {
  referralServer.fake.reset();
});

const beaconEmails = (server: { fake: { emails: { to: string[]; subject: string }[] } }) =>
  server.fake.emails.filter((e) => e.to.includes('beacon-intake@example.org'));

async function continueTo(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 3, name: heading, exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
}

/** Wilma's answers: the one complete referral (fields.ts), by email, told the police, feeling unsafe. */
const WILMA: Answers = {
  ...EXAMPLE_ANSWERS,
  name: 'Wilma Journey',
  contactMethod: 'email',
  email: 'wilma@example.com',
  description: 'A man said my roof was <b>falling</b> in.',
  lostMoney: 'yes',
  reportedTo: ['police'],
  crimeReference: '41/12345/26',
  feelUnsafe: 'yes',
};

const optionLabel = (field: AnsweredField, value: string) =>
  QUESTIONS[field].options?.find((option) => option.value === value)?.label ?? value;

/** Answers a step's questions by their words, as fields.ts asks them: text boxes, choices and follow-ups. */
async function answerStep(page: Page, fields: readonly AnsweredField[], answers: Answers) {
  for (const field of fields) {
    if (!isAsked(field, answers)) continue;
    const answer = answers[field] ?? '';
    const question = questionText(field, answers.forWhom);
    if (fieldControl(field) === 'text') {
      await page.getByLabel(question, { exact: true }).fill(typeof answer === 'string' ? answer : '');
      continue;
    }
    const group = page.getByRole('group', { name: question });
    const role = fieldControl(field) === 'radios' ? 'radio' : 'checkbox';
    for (const value of typeof answer === 'string' ? [answer] : answer) {
      await group.getByRole(role, { name: optionLabel(field, value), exact: true }).check();
    }
  }
}

test.describe('with JavaScript', () => {
  test('asks one thing per step, lets answers be changed, and delivers through a provider failure', async ({
    page,
    referralServer,
  }) => {
    test.setTimeout(180_000); // a dozen steps, with axe on each
    referralServer.neverLog('Wilma', 'wilma@example.com', 'falling', '41/12345/26', 'Last Tuesday');
    await page.goto(referralServer.url + PAGE);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible(); // the island has loaded
    await expectNoAxeViolations(page);

    // An error state: Continue without an answer.
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: 'Select who needs support' }).click();
    await expect(page.getByRole('radio', { name: 'Me', exact: true })).toBeFocused();

    // Every step of the one list of fields (fields.ts), in order, answered as a person would.
    for (const [i, step] of STEPS.entries()) {
      if (step.id === CHECK) break;
      await answerStep(page, step.fields, WILMA);
      if (step.id === 'details') await expect(page.getByText(/characters left/)).toBeVisible();
      if (step.id === 'safety') {
        // "Yes" shows the 999 advice at once.
        await expect(page.getByRole('alert').filter({ hasText: 'If you are in danger now, call 999' })).toBeVisible();
        await expectNoAxeViolations(page);
      }
      const next = STEPS[i + 1];
      await continueTo(
        page,
        next && next.id !== CHECK ? questionText(next.fields[0] ?? 'forWhom', WILMA.forWhom) : 'Check your answers',
      );
    }

    // A Change link goes to the question and straight back.
    await expect(page.getByText('Wilma Journey')).toBeVisible();
    await page.getByRole('link', { name: 'Change name' }).click();
    await expect(page.getByLabel('What is your name?')).toHaveValue('Wilma Journey');
    await page.getByLabel('What is your name?').fill('Wilma Changed');
    await page.getByRole('button', { name: 'Save and go back to your answers' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await expect(page.getByText('Wilma Changed')).toBeVisible();

    // Sending without consent is an error; then the provider fails.
    await page.getByRole('button', { name: 'Send to Beacon' }).click();
    await expect(summary).toContainText('Tick the box to agree');
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    referralServer.fake.next({ kind: 'error-500' });
    await page.getByRole('button', { name: 'Send to Beacon' }).click();

    // The provider failed, but the referral is stored: the person gets a reference and the truth.
    await expect(page.getByRole('heading', { level: 1, name: 'Beacon will get your answers' })).toBeVisible();
    await expect(page.getByText('You do not need to fill in the form again.')).toBeVisible();
    const reference = (await page.locator('.panel-confirm strong').textContent()) ?? '';
    expect(reference).toMatch(REFERENCE);
    await expectNoAxeViolations(page);
    expect(referralServer.fake.emails).toHaveLength(0); // no confirmation to the person before Beacon has it

    // The next cron run delivers it, then (only then) the person's confirmation; the page now says sent.
    expect((await page.request.get(`${referralServer.url}/__scheduled`)).ok()).toBe(true);
    await expect.poll(() => referralServer.fake.emails.length).toBe(2);
    expect(beaconEmails(referralServer)).toHaveLength(1);
    expect(beaconEmails(referralServer)[0]?.subject).toBe(`Self-referral ${reference} (feels unsafe now)`);
    expect(referralServer.fake.emails[1]?.to).toEqual(['wilma@example.com']);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your answers have been sent to Beacon' })).toBeVisible();
    // The failed send and the cron's retry used one idempotency key, so the provider could never send it twice.
    const beaconKeys = referralServer.fake.requests
      .filter((r) => r.body.includes('beacon-intake@example.org'))
      .map((r) => r.idempotencyKey);
    expect(beaconKeys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(beaconKeys).size).toBe(1);
    const confirmation = referralServer.fake.emails.find((e) => e.to.includes('wilma@example.com'));
    expect(confirmation?.text).toContain(reference);
    expect(confirmation?.text).not.toContain('roof');
    expect(await page.evaluate(() => sessionStorage.getItem('beacon-referral'))).toBeNull();
  });

  test('Back links and the browser’s Back button both go to the previous question with its answer', async ({
    page,
    referralServer,
  }) => {
    await page.goto(referralServer.url + PAGE);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible(); // the island has loaded
    await page.getByRole('radio', { name: 'Someone else' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('What is their name?').fill('Their Name');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'How should Beacon contact them?' })).toBeFocused();
    // The browser's Back and Forward buttons move between questions, keeping the answers.
    await page.goBack();
    await expect(page.getByLabel('What is their name?')).toHaveValue('Their Name');
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'Someone else' })).toBeChecked();
    await page.goForward();
    await expect(page.getByLabel('What is their name?')).toHaveValue('Their Name');
    // So does the page's own Back link.
    await page.locator('a.back-link').click();
    await expect(page.getByRole('heading', { name: 'Who needs support?' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Someone else' })).toBeChecked();
  });

  test('"Exit this page" leaves for a neutral site and Back does not return', async ({ page, referralServer }) => {
    await page.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.goto(referralServer.url + '/get-help/');
    await page.goto(referralServer.url + PAGE);
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
    await page.goBack();
    await expect(page).toHaveURL(referralServer.url + '/get-help/');
  });

  test('pressing Shift three times also exits the page', async ({ page, referralServer }) => {
    await page.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.goto(referralServer.url + PAGE);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://www.bbc.co.uk/weather');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same questions on one page post to the function, which answers with full pages', async ({
    page,
    referralServer,
  }) => {
    referralServer.neverLog('Nora Noscript', '01632 960 001');
    await page.goto(referralServer.url + PAGE);
    await expectNoAxeViolationsWithoutJs(page);
    await page.getByRole('radio', { name: 'Me', exact: true }).check();
    await page.getByLabel('What is your name?').fill('Nora Noscript');
    await page.getByRole('radio', { name: 'Phone', exact: true }).check();
    await page.getByLabel('Phone number').fill('12');
    await page.getByRole('button', { name: 'Send to Beacon' }).click();

    // The form again, with an error summary and the answers kept.
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('Enter a phone number, like 01632 960 001');
    await expect(summary).toContainText('Tick the box to agree');
    await expect(page.getByLabel('What is your name?')).toHaveValue('Nora Noscript');
    await expectNoAxeViolationsWithoutJs(page);

    await page.getByLabel('Phone number').fill('01632 960 001');
    // Several questions share "Yes" and "No", so pick those by their question's fieldset.
    const question = (legend: string) => page.getByRole('group', { name: legend });
    await question('Is it safe for Beacon to leave you a message?')
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page.getByRole('radio', { name: 'A phone call or text message' }).check();
    await page.getByRole('radio', { name: 'I would rather not say' }).check();
    await page.getByRole('checkbox', { name: 'No one yet' }).check();
    await question('Do you feel unsafe now?').getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: 'Send to Beacon' }).click();

    await expect(page).toHaveURL(/\/confirmation\/\?reference=BCN-/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your answers have been sent to Beacon' })).toBeVisible();
    const reference = (await page.locator('.panel-confirm strong').textContent()) ?? '';
    expect(reference).toMatch(REFERENCE);
    await expectNoAxeViolationsWithoutJs(page);
    expect(beaconEmails(referralServer)).toHaveLength(1);
    expect(beaconEmails(referralServer)[0]?.subject).toBe(`Self-referral ${reference}`);
  });
});
