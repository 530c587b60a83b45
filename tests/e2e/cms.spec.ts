import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { adviceSchema } from '../../src/lib/advice/schema.ts';
import { alertSchema } from '../../src/lib/alerts/schema.ts';
import { CONTACTS } from '../../src/lib/contacts/contacts.ts';
import { answerFolderPicker, readFolder, seedFolder } from './support/local-repository.ts';

// The editor end to end in its local mode, against a copy of this working tree's content: open /admin/,
// change an advice page's summary and add a source, save, then write a new alert. What the editor wrote
// must be what we asked for, leave everything else in the file as it was, and pass `npm run content:check`.
// The screenshots in docs/editing.md are taken here, so the guide shows the editor as it is.
const root = new URL('../..', import.meta.url).pathname;
const shots = join(root, 'docs/editing');
const PAGE = 'debt-recovery-scams';
const NEW_SOURCE = {
  title: 'Citizens Advice - if you are contacted about a debt you do not owe (2026)',
  url: 'https://www.citizensadvice.org.uk/debt-and-money/',
};

const ALERT = {
  title: 'Fake council tax refund texts',
  summary: 'Texts say you are owed a council tax refund and link to a fake form that asks for your bank details.',
  published: '2026-11-20',
  expires: '2027-02-20',
  source: {
    title: 'Example Borough Council - council tax refund scam texts (November 2026)',
    url: 'https://www.example.gov.uk/news/council-tax-refund-scam-texts',
  },
  opening: 'Texts say you are owed a council tax refund. The link goes to a fake form. It asks for your bank details.',
};

function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['content/advice', 'content/alerts']) {
    for (const name of readdirSync(join(root, dir)))
      files[`${dir}/${name}`] = readFileSync(join(root, dir, name), 'utf8');
  }
  return files;
}

function split(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Runs the content check on a copy of the site whose content/ holds what the editor wrote. */
function contentCheck(written: Record<string, string>): { ok: boolean; output: string } {
  const copy = mkdtempSync(join(tmpdir(), 'cms-e2e-'));
  try {
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(written)) writeFileSync(join(copy, path), text);
    const output = execFileSync('node', ['scripts/check-content.ts', '--root', copy], { cwd: root, encoding: 'utf8' });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function openEditor(page: Page, files: Record<string, string>) {
  await answerFolderPicker(page);
  // The folder lives in this origin's private file system: seed it from a page on the same origin.
  await page.goto('/admin/config.yml');
  await seedFolder(page, files);
  const response = await page.goto('/admin/');
  // The editor runs under its own policy: scripts from this origin only, never eval (src/lib/web/admin-headers.ts).
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  await expect(page.getByRole('button', { name: /Sign In with \W*GitHub/ })).toBeVisible();
}

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

test('an officer edits an advice page and writes an alert; what the editor saves passes the content check', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const files = contentFiles();
  const original = files[`content/advice/${PAGE}.md`]!;
  const before = split(original);
  await page.setViewportSize({ width: 1280, height: 860 });
  await openEditor(page, files);
  await page.screenshot({ path: join(shots, 'sign-in.png') });

  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('treeitem', { name: /Advice pages/ })).toBeVisible();
  await page.screenshot({ path: join(shots, 'pages.png') });

  // 1. Change the summary and add a source.
  await page.getByRole('row', { name: String(before.data.title), exact: true }).click();
  const summary = page.getByRole('textbox', { name: 'Summary' });
  await expect(summary).toHaveValue(String(before.data.summary));
  const newSummary =
    'A call, letter or text says you owe money and threatens court or bailiffs. How to check it and what to do.';
  await summary.fill(newSummary);
  // The editor draws only the list items in view; the new one is drawn last, empty, beside the Add button.
  await page.getByRole('button', { name: /^Add \W*Sources/ }).click();
  const newTitle = page.getByRole('textbox', { name: 'What it is' }).last();
  const newUrl = page.getByRole('textbox', { name: 'Web address' }).last();
  await expect(newTitle).toHaveValue('');
  await expect(newUrl).toHaveValue('');
  await newTitle.fill(NEW_SOURCE.title);
  await newUrl.fill(NEW_SOURCE.url);
  await page.screenshot({ path: join(shots, 'edit-page.png') });
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect
    .poll(
      async () =>
        (await readFolder(page, 'content/advice').catch((): Record<string, string> => ({})))[
          `content/advice/${PAGE}.md`
        ],
      {
        timeout: 30_000,
      },
    )
    .not.toBe(original);
  const saved = (await readFolder(page, 'content/advice'))[`content/advice/${PAGE}.md`]!;
  const after = split(saved);
  expect(after.data.summary).toBe(newSummary);
  expect(after.data.sources).toEqual([...(before.data.sources as unknown[]), NEW_SOURCE]);
  // Nothing else changed: every other key means what it meant (the editor may write a default out, such as
  // `printable: false`), and the text itself is the same byte for byte.
  const meaning = (data: Record<string, unknown>) => ({ ...adviceSchema.parse(data), summary: '', sources: [] });
  expect(meaning(after.data)).toEqual(meaning(before.data));
  writeFileSync(join(root, 'test-results/cms-saved-page.md'), saved);
  expect(after.body).toBe(before.body);
  const pageCheck = contentCheck({ [`content/advice/${PAGE}.md`]: saved });
  expect(pageCheck.ok, pageCheck.output).toBe(true);

  // 2. Write a new alert: the text starts with the sections every alert needs.
  // Saving closes the page and shows the list again.
  await page.getByRole('treeitem', { name: /Scam alerts/ }).click();
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(ALERT.title);
  await page.getByRole('textbox', { name: 'Summary' }).fill(ALERT.summary);
  await page.getByRole('textbox', { name: 'Warning first given' }).fill(ALERT.published);
  await page.getByRole('textbox', { name: 'Show as current until' }).fill(ALERT.expires);
  await page.getByRole('combobox', { name: 'Where' }).click();
  await page.getByRole('option', { name: 'All of Hertfordshire' }).click();
  await page.getByRole('combobox', { name: 'How it comes' }).click();
  await page.getByRole('option', { name: 'Text message' }).click();
  await page.getByRole('button', { name: /^Add \W*Sources/ }).click();
  await page.getByRole('textbox', { name: 'What it is' }).last().fill(ALERT.source.title);
  await page.getByRole('textbox', { name: 'Web address' }).last().fill(ALERT.source.url);
  // The text starts as the template: replace its first paragraph with what is happening.
  const placeholder = page.getByRole('textbox', { name: 'Alert text' }).getByText(/^Say what is happening/);
  await placeholder.click();
  // Select just that paragraph's words (a triple click would take the line break and join the heading on).
  await placeholder.evaluate((span) => {
    const range = document.createRange();
    range.selectNodeContents(span);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.keyboard.type(ALERT.opening);
  await page.screenshot({ path: join(shots, 'new-alert.png') });
  // A phone number from the site's list, on a line of its own after the opening.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Not sure? Call Beacon for free support:');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Phone number' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phone number' });
  await dialog.getByRole('combobox', { name: 'Which number' }).click();
  await page.getByRole('option', { name: new RegExp(`^${CONTACTS.beacon.name}: `) }).click();
  await page.screenshot({ path: join(shots, 'insert-phone-number.png') });
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const slug = 'fake-council-tax-refund-texts';
  await expect
    .poll(
      async () =>
        (await readFolder(page, 'content/alerts').catch((): Record<string, string> => ({})))[
          `content/alerts/${slug}.md`
        ],
      {
        timeout: 30_000,
      },
    )
    .toBeDefined();
  const alert = (await readFolder(page, 'content/alerts'))[`content/alerts/${slug}.md`]!;
  writeFileSync(join(root, 'test-results/cms-saved-alert.md'), alert);
  const written = split(alert);
  expect(alertSchema.parse(written.data)).toMatchObject({
    title: ALERT.title,
    summary: ALERT.summary,
    published: new Date(ALERT.published),
    expires: new Date(ALERT.expires),
    areas: ['hertfordshire'],
    channels: ['text'],
    sources: [ALERT.source],
  });
  expect(written.body).toContain(`${ALERT.opening}\n\nNot sure? Call Beacon for free support:\n\n{{tel:beacon}}\n`);
  for (const heading of ['## How to spot it', '## What to do now', '## Where to report it']) {
    expect(written.body).toContain(heading);
  }
  const alertCheck = contentCheck({ [`content/alerts/${slug}.md`]: alert });
  expect(alertCheck.ok, alertCheck.output).toBe(true);
});
