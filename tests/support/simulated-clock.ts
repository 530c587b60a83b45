// A clock that moves only when someone sleeps on it, for code whose pace is injected (the delivery cron's
// `realNow` and `sleep`). Time never passes while real work runs, so what a test measures on it is the
// same on an idle machine and a starved one. A busy machine's late wake-ups are scripted, not hoped for.

export interface SimulatedClock {
  now: () => number;
  /** Moves the clock to the moment this sleeper wakes (never backwards), then lets it carry on. */
  sleep: (ms: number) => Promise<void>;
}

interface ClockOptions {
  /** How late the nth sleep (0-based) wakes, in ms, as a starved process does; on time otherwise. */
  lateWake?: (n: number) => number;
}

export function simulatedClock(start: number, { lateWake = () => 0 }: ClockOptions = {}): SimulatedClock {
  let current = start;
  let sleeps = 0;
  return {
    now: () => current,
    sleep: async (ms) => {
      const late = lateWake(sleeps);
      sleeps += 1;
      current = Math.max(current, current + Math.max(0, ms) + late);
      await Promise.resolve();
    },
  };
}
