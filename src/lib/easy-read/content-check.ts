import { markdownToPlainText } from '../advice/plain-text.ts';
import { readability, sentenceWords } from '../advice/readability.ts';
import { CONTACTS, isContactId } from '../contacts/contacts.ts';
import { isPictogramId } from './pictograms.ts';
import { EASY_READ_RULES, PICTURE_TOKEN } from './rules.ts';
import type { EasyReadFrontmatter } from './schema.ts';

/** What the content check reports for one Easy Read page. */
export interface EasyReadReport {
  slug: string;
  fleschReadingEase: number;
  /** Words in the longest sentence. */
  longestSentence: number;
  ideas: number;
  problems: string[];
}

/** The writer's own words: a number is one word (its hours come from contacts.ts), a name is the name. */
function writersText(body: string): string {
  return body
    .replace(/\{\{picture:[a-z0-9-]+\}\}\s*/g, '')
    .replace(/\{\{(tel|name):([a-z0-9-]+)\}\}/g, (whole, kind: string, id: string) => {
      if (!isContactId(id)) return whole;
      return kind === 'tel' ? CONTACTS[id].display.replace(/\s+/g, '') : CONTACTS[id].name;
    });
}

/** The page's blocks, split on blank lines: headings, and everything else (the ideas). */
function blocksOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

const CAPITALS = /\b[A-Z]{3,}\b(?:\s+\b[A-Z]{3,}\b)+/;
const ITALICS = /(^|[^*\w])[*_][^*_\s][^*_]*[*_](?![*\w])/;

export function checkEasyReadPage(
  slug: string,
  page: EasyReadFrontmatter,
  body: string,
  adviceSlugs: ReadonlySet<string>,
): EasyReadReport {
  const problems: string[] = [];
  const blocks = blocksOf(body);
  let ideas = 0;
  for (const block of blocks) {
    if (block.startsWith('#')) continue;
    const picture = PICTURE_TOKEN.exec(block);
    const start = block.replace(PICTURE_TOKEN, '').slice(0, 40);
    if (!picture) problems.push(`an idea without a picture first ({{picture:ID}}): "${start}"`);
    else if (!isPictogramId(picture[1] ?? '')) problems.push(`no picture called "${picture[1] ?? ''}": "${start}"`);
    else ideas += 1;
    if (/^\s*([-*+]|\d+\.)\s/m.test(block))
      problems.push(`a list: write one idea a paragraph, each with its picture: "${start}"`);
  }
  const plain = markdownToPlainText(writersText(body));
  const sentences = sentenceWords(plain);
  for (const words of sentences) {
    if (words.length > EASY_READ_RULES.maxSentenceWords) {
      problems.push(
        `a sentence of ${words.length} words (at most ${EASY_READ_RULES.maxSentenceWords}): "${words.slice(0, 8).join(' ')}…"`,
      );
    }
  }
  const figures = readability(plain);
  if (figures.fleschReadingEase < EASY_READ_RULES.minReadingEase)
    problems.push(`reading ease ${figures.fleschReadingEase} is below ${EASY_READ_RULES.minReadingEase}`);
  if (ITALICS.test(body)) problems.push('italics: Easy Read uses none');
  if (CAPITALS.test(writersText(body))) problems.push('a block of capitals: write words in lower case');
  if (!adviceSlugs.has(page.advice)) problems.push(`advice page "${page.advice}" does not exist in content/advice/`);
  if (!/^Easy Read\. /.test(page.summary)) problems.push('the summary must start "Easy Read. "');
  return {
    slug,
    fleschReadingEase: figures.fleschReadingEase,
    longestSentence: Math.max(0, ...sentences.map((s) => s.length)),
    ideas,
    problems,
  };
}
