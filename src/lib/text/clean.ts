/**
 * Cleaning for free text before it is validated, hashed or emailed. People paste from anywhere, so instead of
 * rejecting characters they cannot see, we remove them: control characters, invisible direction overrides
 * (which could make an email read differently from what was typed) and broken UTF-16 halves.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// C0 and C1 controls; the multi-line cleaner keeps \n (line breaks are normalised first).
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const CONTROL_MULTILINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

function base(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(INVISIBLE, '');
}

/** One line of text: controls become spaces, runs of spaces become one, ends trimmed. */
export function cleanLine(text: string): string {
  return base(text).replace(CONTROL_LINE, ' ').replace(/\s+/g, ' ').trim();
}

/** Several lines (an address, a description): line breaks kept, at most one blank line in a row. */
export function cleanMultiline(text: string): string {
  return base(text)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL_MULTILINE, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
