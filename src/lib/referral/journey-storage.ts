import type { Answers } from './schema.ts';

/**
 * The island keeps the answers in sessionStorage, so a reload or a failed send loses nothing; they are
 * cleared after a successful send and by "Exit this page". sessionStorage lasts only as long as the tab.
 */

export const JOURNEY_KEY = 'beacon-referral';

export interface Journey {
  answers: Answers;
  /** The submissionId of the last send: reused while the answers are the same, so a retry sends one email. */
  submissionId: string;
  /** The answers that submissionId was sent with (sorted JSON). */
  sentAnswers: string;
}

/** The part of the Web Storage API used (sessionStorage satisfies it). */
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const isStringRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a saved journey, keeping only text answers and lists of text (checkboxes). Which field may be a list
 * is the schema's to say when the answers are checked; this stays small for "Exit this page", which loads it.
 */
export function loadJourney(storage: StorageLike): Journey | null {
  try {
    const saved: unknown = JSON.parse(storage.getItem(JOURNEY_KEY) ?? 'null');
    if (!isStringRecord(saved) || !isStringRecord(saved['answers']) || typeof saved['submissionId'] !== 'string') {
      return null;
    }
    const answers: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(saved['answers'])) {
      if (typeof value === 'string') answers[name] = value;
      else if (Array.isArray(value)) answers[name] = value.filter((v) => typeof v === 'string');
    }
    const sentAnswers = typeof saved['sentAnswers'] === 'string' ? saved['sentAnswers'] : '';
    return { answers, submissionId: saved['submissionId'], sentAnswers };
  } catch {
    return null;
  }
}

export function saveJourney(storage: StorageLike, journey: Journey): void {
  try {
    storage.setItem(JOURNEY_KEY, JSON.stringify(journey));
  } catch {
    // Storage full or blocked (some private modes): the journey still works, it just won't survive a reload.
  }
}

export function clearJourney(storage: StorageLike): void {
  try {
    storage.removeItem(JOURNEY_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** The journey with one answer changed. */
export function withAnswer(journey: Journey, field: keyof Answers, value: string | string[]): Journey {
  return { ...journey, answers: { ...journey.answers, [field]: value } };
}

function sortedJson(answers: Answers): string {
  return JSON.stringify(Object.fromEntries(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b))));
}

/**
 * The journey ready to send: the same submissionId as last time if the answers are the same (a retry after a
 * failure or a timeout, which must not send a second email), a new one if anything changed.
 */
export function readyToSend(journey: Journey, newId: () => string): Journey {
  const answers = sortedJson(journey.answers);
  if (journey.submissionId && answers === journey.sentAnswers) return journey;
  return { ...journey, submissionId: newId(), sentAnswers: answers };
}
