/**
 * "Exit this page" (GOV.UK's pattern), for people who may be watched by the person harming them: leave for a
 * neutral site, replacing this page in history so Back does not return, and forget the saved answers.
 * Also on pressing Shift three times within 5 seconds.
 */

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
const PRESSES_TO_EXIT = 3;
const PRESS_WINDOW_MS = 5_000;

/** Counts Shift presses; answers 'exit' on the third within the window, else how many presses are left. */
export function shiftCounter(now: () => number = Date.now) {
  let presses: number[] = [];
  return (key: string, repeat: boolean): 'exit' | number | null => {
    if (key !== 'Shift') {
      presses = [];
      return null;
    }
    if (repeat) return null;
    const t = now();
    presses = [...presses.filter((p) => t - p < PRESS_WINDOW_MS), t];
    if (presses.length >= PRESSES_TO_EXIT) {
      presses = [];
      return 'exit';
    }
    return PRESSES_TO_EXIT - presses.length;
  };
}
