import { describe, expect, it } from 'vitest';
import {
  clearJourney,
  JOURNEY_KEY,
  loadJourney,
  readyToSend,
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
  };
}

const ids = () => {
  let n = 0;
  return () => `id-${String(++n)}`;
};

describe('the saved referral journey', () => {
  it('round-trips answers and the last send’s submissionId', () => {
    const storage = memoryStorage();
    const journey = { answers: { name: 'Ada', reportedTo: ['police'] }, submissionId: 'id-1', sentAnswers: '{}' };
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
      sentAnswers: '',
    });
  });

  it('reuses the submissionId to retry the same answers, and takes a new one when anything changed', () => {
    const newId = ids();
    const first = readyToSend({ answers: { name: 'Ada' }, submissionId: '', sentAnswers: '' }, newId);
    expect(first.submissionId).toBe('id-1');
    expect(readyToSend(first, newId).submissionId).toBe('id-1'); // a retry
    const toggledBack = withAnswer(withAnswer(first, 'name', 'Eve'), 'name', 'Ada');
    expect(readyToSend(toggledBack, newId).submissionId).toBe('id-1'); // changed and changed back
    expect(readyToSend(withAnswer(first, 'name', 'Eve'), newId).submissionId).toBe('id-2');
  });

  it('survives storage that refuses to be written', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => {
      saveJourney(refusing, { answers: {}, submissionId: 'x', sentAnswers: '' });
    }).not.toThrow();
  });
});
