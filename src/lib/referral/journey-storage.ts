import type { Answers } from './schema.ts';

/**
 * The island keeps the answers in sessionStorage, so a reload or a failed send loses nothing; they are
 * cleared after a successful send and by "Exit this page". sessionStorage lasts only as long as the tab.
 */

export const JOURNEY_KEY = 'beacon-referral';

export interface Journey {
  answers: Answers;
  /** A new UUID whenever an answer changes, so retrying the same answers reuses it (one email). */
  submissionId: string;
}

/** The part of the Web Storage API used (sessionStorage satisfies it). */
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const isStringRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a saved journey, keeping only text answers (and a list of text for reportedTo). */
export function loadJourney(storage: StorageLike): Journey | null {
  try {
    const saved: unknown = JSON.parse(storage.getItem(JOURNEY_KEY) ?? 'null');
    if (!isStringRecord(saved) || !isStringRecord(saved['answers']) || typeof saved['submissionId'] !== 'string') {
      return null;
    }
    const answers: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(saved['answers'])) {
      if (typeof value === 'string') answers[name] = value;
      else if (name === 'reportedTo' && Array.isArray(value))
        answers[name] = value.filter((v) => typeof v === 'string');
    }
    return { answers, submissionId: saved['submissionId'] };
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

/** The journey with one answer changed; a changed answer gets a new submissionId. */
export function withAnswer(
  journey: Journey,
  field: keyof Answers,
  value: string | string[],
  newId: () => string,
): Journey {
  const before = JSON.stringify(journey.answers[field] ?? '');
  if (before === JSON.stringify(value)) return journey;
  return { answers: { ...journey.answers, [field]: value }, submissionId: newId() };
}
