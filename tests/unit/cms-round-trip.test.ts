import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAdvicePage } from '../../src/lib/advice/content-check.ts';
import { checkAlertPage } from '../../src/lib/alerts/content-check.ts';
import { readAdviceFiles } from '../../support/advice-files.ts';
import { readAlertFiles } from '../../support/alert-files.ts';

// Files exactly as the editor wrote them in its end-to-end test (tests/e2e/cms.spec.ts saved them under
// test-results/; copied here): its key order, block lists, `printable: false` written out, a phone number
// inserted from the list. The site's readers and the content check take them as they are.
const fixtures = new URL('../fixtures/cms-written/', import.meta.url).pathname;
const DAY = '2026-12-02';
const adviceSlugs = new Set(readAdviceFiles().map((f) => f.slug));

describe('a page the editor wrote', () => {
  const [page] = readAdviceFiles(`${fixtures}advice`);
  const [alert] = readAlertFiles(`${fixtures}alerts`);

  it('passes the advice schema and the content check, unchanged', () => {
    expect(page!.frontmatter.sources.at(-1)?.title).toMatch(/^Citizens Advice/);
    expect(checkAdvicePage(page!.slug, page!.frontmatter, page!.body, DAY).problems).toEqual([]);
  });

  it('passes the alert schema and the content check, unchanged, with the number it inserted', () => {
    expect(alert!.body).toContain('\n{{tel:beacon}}\n');
    expect(checkAlertPage(alert!.slug, alert!.frontmatter, alert!.body, adviceSlugs).problems).toEqual([]);
  });

  it('would still be stopped before merge by the mistakes an editor can make', () => {
    const frontPage = {
      ...page!.frontmatter,
      sources: [{ title: 'Citizens Advice', url: 'https://www.citizensadvice.org.uk/' }],
    };
    expect(checkAdvicePage(page!.slug, frontPage, page!.body, DAY).problems.join('; ')).toMatch(
      /front page|home page/i,
    );
    const brokenLink = { ...alert!.frontmatter, related: ['no-such-page'] };
    expect(checkAlertPage(alert!.slug, brokenLink, alert!.body, adviceSlugs).problems.join('; ')).toMatch(
      /no-such-page/,
    );
    const typedHours = `${page!.body}\nCall them on {{tel:citizens-advice}}, Monday to Friday.\n`;
    expect(checkAdvicePage(page!.slug, page!.frontmatter, typedHours, DAY).problems.join('; ')).toMatch(/hours/i);
    expect(readFileSync(`${fixtures}advice/${page!.slug}.md`, 'utf8')).toContain('printable: false');
  });
});
