import { describe, expect, it } from 'vitest';
import { checkEasyReadPage } from '../../src/lib/easy-read/content-check.ts';
import { readAdviceFiles } from '../../support/advice-files.ts';
import { readEasyReadFiles } from '../../support/easy-read-files.ts';

const adviceSlugs = new Set(readAdviceFiles().map((f) => f.slug));
const pages = readEasyReadFiles();
const [first] = pages;

describe('the Easy Read content check', () => {
  it('passes every Easy Read page, and covers the four the site needs most', () => {
    for (const page of pages) {
      expect(checkEasyReadPage(page.slug, page.frontmatter, page.body, adviceSlugs).problems, page.slug).toEqual([]);
    }
    const covered = new Set(pages.map((p) => p.frontmatter.advice));
    for (const slug of [
      'not-sure-dont-open-the-door',
      'ive-been-scammed',
      'getting-support-from-beacon',
      '14-day-right-to-cancel',
    ]) {
      expect(covered, slug).toContain(slug);
    }
  });

  const check = (body: string) =>
    checkEasyReadPage(first!.slug, first!.frontmatter, body, adviceSlugs).problems.join('; ');

  it('fails a sentence over 15 words, even when the average is short', () => {
    const long = 'You can call the police on the phone if you see someone who looks like they want to harm you.';
    expect(check(`${first!.body}\n{{picture:police}} ${long}\n`)).toMatch(/a sentence of 2\d words \(at most 15\)/);
  });

  it('fails an idea without its picture, a picture it does not know, a list, italics and capitals', () => {
    expect(check('Do not open the door.\n')).toMatch(/an idea without a picture first/);
    expect(check('{{picture:dragon}} Do not open the door.\n')).toMatch(/no picture called "dragon"/);
    expect(check('{{picture:door}} Do this:\n\n- open it\n')).toMatch(/a list/);
    expect(check('{{picture:door}} Do *not* open the door.\n')).toMatch(/italics/);
    expect(check('{{picture:door}} DO NOT OPEN the door.\n')).toMatch(/capitals/);
  });

  it('fails hard words: reading ease below 80', () => {
    const hard =
      '{{picture:contract}} Consumers experiencing unsolicited commercial solicitation should contemporaneously document interactions.\n';
    expect(check(hard)).toMatch(/reading ease .* below 80/);
  });
});
