import { describe, expect, it } from 'vitest';
import {
  clearJourney,
  JOURNEY_KEY,
  loadJourney,
  saveJourney,
  withAnswer,
} from '../../src/lib/referral/journey-storage.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
    removeItem: (key: string) => {
      items.delete(key);
    },
    items,
  };
}

describe('the saved referral journey', () => {
  it('round-trips answers and the submissionId', () => {
    const storage = memoryStorage();
    const journey = { answers: { name: 'Ada', reportedTo: ['police'] }, submissionId: 'id-1' };
    saveJourney(storage, journey);
    expect(loadJourney(storage)).toEqual(journey);
    clearJourney(storage);
    expect(loadJourney(storage)).toBeNull();
  });

  it('ignores junk and keeps only text answers', () => {
    expect(loadJourney(memoryStorage({ [JOURNEY_KEY]: '{not json' }))).toBeNull();
    expect(loadJourney(memoryStorage({ [JOURNEY_KEY]: '[1,2]' }))).toBeNull();
    const odd = JSON.stringify({
      answers: { name: 5, phone: '01632 960 001', reportedTo: ['bank', 3] },
      submissionId: 'x',
    });
    expect(loadJourney(memoryStorage({ [JOURNEY_KEY]: odd }))).toEqual({
      answers: { phone: '01632 960 001', reportedTo: ['bank'] },
      submissionId: 'x',
    });
  });

  it('gives changed answers a new submissionId and keeps it for unchanged ones', () => {
    const journey = { answers: { name: 'Ada' }, submissionId: 'id-1' };
    expect(withAnswer(journey, 'name', 'Ada', () => 'id-2')).toBe(journey);
    expect(withAnswer(journey, 'name', 'Eve', () => 'id-2')).toEqual({
      answers: { name: 'Eve' },
      submissionId: 'id-2',
    });
  });

  it('survives storage that refuses to be written', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => {
      saveJourney(refusing, { answers: {}, submissionId: 'x' });
    }).not.toThrow();
  });
});
