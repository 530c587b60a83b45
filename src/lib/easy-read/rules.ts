/**
 * The Easy Read rules the content check holds every page to, from the Department of Health's "Making
 * written information easier to understand for people with learning disabilities" (2010) and Mencap's
 * "Am I making myself clear?": one idea a paragraph, each with its picture; short sentences; easy words.
 */
export const EASY_READ_RULES = {
  /** Every sentence, not the average. */
  maxSentenceWords: 15,
  /** Flesch reading ease of the whole page. */
  minReadingEase: 80,
  /** Text size on screen and in print: 14pt. */
  minTextPx: 14 * (96 / 72),
  /** Sheets of A4 a page may print on. */
  maxPrintedSheets: 4,
} as const;

/** An idea: a paragraph that starts with its picture, `{{picture:ID}}`. */
export const PICTURE_TOKEN = /^\{\{picture:([a-z0-9-]+)\}\}\s*/;
