import { describe, expect, it } from 'vitest';
import { countSyllables, markdownToPlainText, readability } from '../../src/lib/advice/readability.ts';

describe('readability', () => {
  it('scores short plain sentences as easy', () => {
    const r = readability('Do not open the door. Call the police. Keep the chain on.');
    expect(r.sentences).toBe(3);
    expect(r.averageSentenceLength).toBe(4);
    expect(r.fleschReadingEase).toBeGreaterThan(90);
  });

  it('scores long sentences of long words as hard', () => {
    const r = readability(
      'Notwithstanding contractual obligations, consumers exercising statutory cancellation entitlements should communicate unequivocal declarations expeditiously.',
    );
    expect(r.fleschReadingEase).toBeLessThan(0);
  });

  it('counts syllables roughly as people say them', () => {
    expect(countSyllables('door')).toBe(1);
    expect(countSyllables('trader')).toBe(2);
    expect(countSyllables('cancellation')).toBe(4);
    expect(countSyllables('the')).toBe(1);
  });

  it('reads list items and headings as sentences and drops link addresses', () => {
    const text = markdownToPlainText('## What to do now\n\n- Call [999](tel:999)\n- Lock the door\n');
    expect(text).not.toContain('tel:');
    expect(readability(text).sentences).toBe(3);
  });

  it('counts a phone number as one easy word', () => {
    expect(readability('Call 0300 123 2040.').fleschReadingEase).toBeGreaterThan(90);
  });
});
