import { describe, expect, it } from 'vitest';
import { shiftCounter } from '../../src/lib/referral/exit-page.ts';

describe('pressing Shift to exit the page', () => {
  it('exits on the third press within 5 seconds, saying how many are left before that', () => {
    let t = 0;
    const press = shiftCounter(() => t);
    expect(press('Shift', false)).toBe(2);
    t = 1000;
    expect(press('Shift', false)).toBe(1);
    t = 2000;
    expect(press('Shift', false)).toBe('exit');
  });

  it('does not count presses more than 5 seconds apart, held keys or other keys', () => {
    let t = 0;
    const press = shiftCounter(() => t);
    press('Shift', false);
    expect(press('Shift', true)).toBeNull();
    t = 6000;
    expect(press('Shift', false)).toBe(2);
    expect(press('a', false)).toBeNull();
    expect(press('Shift', false)).toBe(2);
  });
});
