/**
 * Business names as words, the same way for the register (at import) and for what a resident types, so
 * "oneill", "o neill" and "O'Neill" all find O'Neill & Sons. Case and accents are folded; "&" is "and";
 * a word joined by an apostrophe or hyphen is indexed whole and in parts; "St" and "Saint" are indexed as
 * both. Typed filler words (and, the, Ltd, Limited…) are dropped, so "O'Neill and Sons Ltd" finds
 * "O'Neill & Sons". The FTS index holds these words, never the raw name.
 */

const JOINERS = /['\u2018\u2019\u02bc`\-\u2010\u2011\u2012\u2013]/gu;
/** Typed words that say nothing about which business: dropped when other words remain. */
const FILLER = new Set(['and', 'the', 'ltd', 'limited', 'plc', 'llp', 'co', 'of']);
const SAINT = new Set(['st', 'saint']);

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replaceAll('&', ' and ');
}

/** Runs of letters and digits, with the characters that join one word ("o'neill") kept for now. */
function rawWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['\u2018\u2019\u02bc`\-\u2010\u2011\u2012\u2013][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The words stored for a business name (space-separated in the FTS index). */
export function indexNameWords(name: string): string[] {
  const words = new Set<string>();
  for (const raw of rawWords(name)) {
    const parts = raw.split(JOINERS).filter(Boolean);
    words.add(parts.join(''));
    if (parts.length > 1) for (const part of parts) words.add(part);
  }
  for (const word of [...words]) if (SAINT.has(word)) SAINT.forEach((w) => words.add(w));
  return [...words];
}

/** Words used from one query; the rest are dropped (business names are short). */
export const MAX_QUERY_WORDS = 8;
/** Longest word kept, in characters. */
const MAX_WORD = 40;

/** The words of a typed name, joined the same way; filler dropped unless it is all there is. */
export function queryNameWords(text: string): string[] {
  const words = rawWords(text.normalize('NFKC')).map((raw) => raw.replace(JOINERS, '').slice(0, MAX_WORD));
  const meaningful = words.filter((w) => !FILLER.has(w));
  return (meaningful.length ? meaningful : words).slice(0, MAX_QUERY_WORDS);
}
