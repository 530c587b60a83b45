import { describe, expect, it } from 'vitest';
import { paceJitter } from '../../support/pace-jitter.ts';

describe('the pace jitter figure', () => {
  it('finds no squeeze in sends that arrive exactly as paced', () => {
    const arrivals = Array.from({ length: 9 }, (_, i) => i * 258);
    expect(paceJitter(arrivals, 4, 258)).toEqual({
      windows: 5,
      slackMs: 32,
      squeezeMs: { p50: 0, p99: 0, max: 0 },
      overLimit: 0,
    });
  });

  it('measures a late arrival followed by on-time ones, and counts the window it pushes over the limit', () => {
    // The third send arrives 40 ms late; the seventh, on time, is then the fifth within one second.
    const arrivals = [0, 258, 556, 774, 1032, 1290, 1548];
    const jitter = paceJitter(arrivals, 4, 258);
    expect(jitter.squeezeMs.max).toBe(40);
    expect(jitter.overLimit).toBe(1);
  });
});
