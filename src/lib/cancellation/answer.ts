/** The shape of the calculator's answer in words (explain.ts builds it; not-covered.ts builds the "no"s). */

/**
 * `excluded`: a reg 28 exclusion (made to your specifications, an urgent repair you asked for). The trader
 * may be wrong about it, so the answer still gives the date to cancel by, to be safe, while there is one.
 */
export type AnswerStatus =
  | 'can-cancel'
  | 'last-day-today'
  | 'too-late'
  /** The safe date has passed, but the law may give longer (late information, or "not sure" about it). */
  | 'may-have-longer'
  | 'no-right'
  | 'excluded'
  /** The trader came to the home, but the person said yes later: the 14 days may not cover it (reg 5). */
  | 'unclear'
  | 'goods-not-arrived';

/**
 * Answers the person gave as "I'm not sure": each adds what to do, and never changes the date.
 * `accepted-later` (a quote from a visit, accepted later by phone, email or text) also turns the answer into
 * "may not cover": the date is the one to cancel by if the right does apply.
 */
export interface CancellationAnswer {
  status: AnswerStatus;
  /** One short line: the answer to "Can I still cancel?". */
  heading: string;
  /** The last day as YYYY-MM-DD and written out ("Tuesday 16 December 2025"), when there is one. */
  lastDay?: string;
  lastDayWritten?: string;
  /** Plain sentences: why, and what to do. */
  paragraphs: string[];
  /** The regulation the date (or the "no") comes from, and a link to its text. */
  regulation: { label: string; url: string };
  /** What you may have to pay, or get back, if you cancel. */
  payment: string[];
  /** True when the answer tells you to ask Citizens Advice: the page shows the number and its hours. */
  askAdvice: boolean;
  /** True when the page should offer the cancellation letter (there is, or may be, a right to cancel). */
  letter: boolean;
}
