import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * axe runs as a script, so it cannot run in a page with JavaScript turned off. This loads the same HTML at the
 * same address in a fresh page with JavaScript on but every script file refused — what a no-JS visitor gets,
 * as axe sees it — and checks that.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page): Promise<void> {
  const html = await page.content();
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error('No browser to open a second page in');
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', (route) =>
      route.request().resourceType() === 'script' ? route.abort() : route.continue(),
    );
    await copy.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(url);
    await expectNoAxeViolations(copy);
  } finally {
    await context.close();
  }
}
