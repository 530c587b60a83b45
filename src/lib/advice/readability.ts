/** Plain-English figures for a piece of text: the measures the content check holds pages to. */
export interface Readability {
  words: number;
  sentences: number;
  /** Flesch reading ease: 60–70 is plain English; higher is easier. */
  fleschReadingEase: number;
  averageSentenceLength: number;
}

const VOWEL_GROUPS = /[aeiouy]+/g;

/** An estimate of syllables in an English word, good enough for a reading-ease score. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(VOWEL_GROUPS)?.length ?? 0;
  return Math.max(1, groups);
}

/** Numbers such as 0300 123 2040 count as one word each: phone numbers read aloud are not hard words. */
function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[A-Za-z0-9£]/.test(w));
}

/** The text's sentences, each as its words (abbreviations and decimals do not end a sentence). */
export function sentenceWords(plainText: string): string[][] {
  return plainText
    .replace(/\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No)\./g, '$1')
    .replace(/(\d)\.(\d)/g, '$1$2')
    .split(/[.!?:;]+(?=\s|$)|\n\s*\n/)
    .map(wordsOf)
    .filter((words) => words.length > 0);
}

export function readability(plainText: string): Readability {
  const sentences = sentenceWords(plainText);
  const words = sentences.flat();
  const syllables = words.reduce((sum, w) => sum + (/^[£\d]/.test(w) ? 1 : countSyllables(w)), 0);
  const wordCount = Math.max(1, words.length);
  const sentenceCount = Math.max(1, sentences.length);
  const averageSentenceLength = wordCount / sentenceCount;
  const fleschReadingEase = 206.835 - 1.015 * averageSentenceLength - 84.6 * (syllables / wordCount);
  return {
    words: words.length,
    sentences: sentences.length,
    fleschReadingEase: Math.round(fleschReadingEase * 10) / 10,
    averageSentenceLength: Math.round(averageSentenceLength * 10) / 10,
  };
}
