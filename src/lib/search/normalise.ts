/**
 * One way of turning text into words, shared by the index builder and the query, so both sides agree:
 * lower case, accents folded, apostrophes dropped ("don't" → "dont", "caller's" → "callers"), and every
 * other character that is not a letter or digit treated as a space. That last rule is what makes user text
 * safe: lunr's query syntax characters (: ~ ^ * + -) can never reach the index as syntax, and "£42" and
 * "14-day" become the plain words "42", "14" and "day".
 */
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The words of a piece of text, normalised; an empty list for text with no letters or digits. */
export function wordsOf(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}
