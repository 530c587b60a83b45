// Generated advice pages for measuring search at sizes the library has not reached yet (npm run
// bench:search, tests/search/index-growth.test.ts). They are written to a temporary directory, never to
// content/, and read back through readAdviceFiles, so they pass the same schema as real pages.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CATEGORIES } from '../src/lib/advice/categories.ts';
import { readAdviceFiles, type AdviceFile } from './advice-files.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * How fast the library's vocabulary grows: Heaps' law, V(n) ≈ K·n^β distinct index words for n pages,
 * fitted to the real advice pages and alerts (54 pages, 20 random orders, December 2026: K 225, β 0.47;
 * 1,415 words at 54 pages). Each generated page brings in as many new words as the fit predicts for its
 * place in the library, so a bigger library has the vocabulary a real one would, not only more of the same.
 */
const HEAPS = { k: 225, beta: 0.47 } as const;

const ADVICE_DIR = new URL('../content/advice/', import.meta.url).pathname;
const SYLLABLES = ['ba', 'ker', 'lo', 'mi', 'nor', 'pen', 'ru', 'sta', 'tel', 'vin', 'dra', 'fel', 'gor', 'hal', 'wex'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Markdown lines as plain words for the word chain: links become their text, emphasis marks go. */
function plainLine(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** An order-2 word chain over the real pages' sentences: text that reads like the library, word by word. */
class WordChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[][] = [];

  constructor(lines: readonly string[]) {
    for (const line of lines) {
      const words = line.split(/\s+/).filter(Boolean);
      if (words.length < 3) continue;
      this.starts.push(words.slice(0, 2));
      for (let i = 0; i + 2 <= words.length; i++) {
        const key = `${words[i]} ${words[i + 1]}`;
        const list = this.next.get(key) ?? [];
        list.push(words[i + 2] ?? '');
        this.next.set(key, list);
      }
    }
  }

  /** A line of about `length` words, ending where a real sentence ended. */
  line(random: Random, length: number): string {
    const words = [...pick(random, this.starts)];
    while (words.length < length * 2) {
      const following = this.next.get(`${words.at(-2)} ${words.at(-1)}`);
      const word = following === undefined ? '' : pick(random, following);
      if (word === '') break;
      words.push(word);
      if (words.length >= length && /[.!?]$/.test(word)) break;
    }
    return words.join(' ');
  }
}

/** A made-up word, like a product or place name, that is in no real page ("kerlotel"). */
function newWord(random: Random, taken: Set<string>): string {
  for (;;) {
    const syllables = 2 + Math.floor(random() * 2);
    const word = Array.from({ length: syllables }, () => pick(random, SYLLABLES)).join('');
    if (!taken.has(word)) {
      taken.add(word);
      return word;
    }
  }
}

/** Puts `word` in place of a random word of five or more letters in `text`, keeping its punctuation. */
function plant(random: Random, text: string, word: string): string {
  const words = text.split(' ');
  const spots = words.flatMap((w, i) => (/^[a-z]{5,}[.,]?$/.test(w) ? [i] : []));
  if (spots.length === 0) return `${text} ${word}`;
  const at = pick(random, spots);
  words[at] = words[at]!.replace(/^[a-z]+/, word);
  return words.join(' ');
}

interface Template {
  file: AdviceFile;
  lines: string[];
}

function readTemplates(): Template[] {
  return readAdviceFiles(ADVICE_DIR).map((file) => ({ file, lines: file.body.split('\n') }));
}

/**
 * `count` advice pages as markdown files (frontmatter and body), for a library that already has
 * `existingPages` pages. Each takes a real page's shape (its headings, lists and paragraph lengths, its
 * number of sources and keywords), fills it with text from the word chain, and plants the new words its
 * place in the library brings (HEAPS) in its title, keywords and body. The same seed gives the same pages.
 */
function generateFixturePages(count: number, existingPages: number, seed = 20261202): Map<string, string> {
  const random = seededRandom(seed);
  const templates = readTemplates();
  const text = templates.flatMap((t) => t.lines.filter((l) => l !== '' && !l.startsWith('#')).map(plainLine));
  const chain = new WordChain(text);
  // Made-up words must be new to the library, not a real word the syllables happen to spell.
  const taken = new Set(
    text
      .join(' ')
      .toLowerCase()
      .split(/[^a-z]+/),
  );
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const n = existingPages + i + 1;
    const fresh = Math.max(1, Math.round(HEAPS.k * (n ** HEAPS.beta - (n - 1) ** HEAPS.beta)));
    const words = Array.from({ length: fresh }, () => newWord(random, taken));
    const { file, lines } = pick(random, templates);
    const topic = words[0] ?? 'fixture';
    const body = lines.map((line) => {
      if (line === '' || line.startsWith('#')) return line;
      const prefix = /^(\s*(?:[-*]|\d+\.)\s+|>\s*)?/.exec(line)?.[0] ?? '';
      return prefix + chain.line(random, Math.max(4, plainLine(line).split(/\s+/).length));
    });
    // Each new word goes in one to three lines of the body, so it weighs as a real page's own words do.
    const textLines = body.flatMap((line, at) => (line !== '' && !line.startsWith('#') ? [at] : []));
    for (const word of words) {
      const times = 1 + Math.floor(random() * 3);
      for (let t = 0; t < times && textLines.length > 0; t++) {
        const at = pick(random, textLines);
        body[at] = plant(random, body[at]!, word);
      }
    }
    const summary = chain
      .line(random, 18)
      .slice(0, 150)
      .replace(/\s+\S*$/, '.');
    const frontmatter = {
      title: `${topic[0]!.toUpperCase()}${topic.slice(1)} ${file.frontmatter.title.toLowerCase()}`.slice(0, 80),
      summary: summary.length >= 20 ? summary : file.frontmatter.summary,
      category: pick(random, CATEGORIES).id,
      keywords: [...words.slice(1, 3), ...file.frontmatter.keywords.slice(0, file.frontmatter.keywords.length - 2)],
      updated: '2026-12-01',
      reviewDue: '2027-12-01',
      sources: file.frontmatter.sources,
    };
    const slug = `fixture-${String(n).padStart(3, '0')}-${topic}`;
    files.set(`${slug}.md`, `---\n${stringify(frontmatter)}---\n\n${body.join('\n')}\n`);
  }
  return files;
}

/**
 * The generated pages read back as advice files (through the schema, as real pages are), and their size
 * in bytes as markdown. The temporary directory is removed before this returns.
 */
export function fixtureAdviceFiles(count: number, existingPages: number): { files: AdviceFile[]; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'search-fixtures-'));
  try {
    let bytes = 0;
    for (const [name, text] of generateFixturePages(count, existingPages)) {
      writeFileSync(join(dir, name), text);
      bytes += Buffer.byteLength(text);
    }
    return { files: readAdviceFiles(dir), bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bytes of every markdown file in a content directory: the size of the content the index covers. */
export function contentBytes(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .reduce((sum, f) => sum + Buffer.byteLength(readFileSync(join(dir, f), 'utf8')), 0);
}
