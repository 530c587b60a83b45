// Records everything written to the console during a test file (and still lets Vitest show it), so a test
// can assert that no personal data from the test's answers ever reached a log.
import { format } from 'node:util';

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export interface ConsoleCapture {
  /** Every console line so far. */
  text: () => string;
  restore: () => void;
}

export function captureConsole(): ConsoleCapture {
  const lines: string[] = [];
  const originals = METHODS.map((m) => [m, console[m].bind(console)] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      lines.push(format(...args));
      original(...args);
    };
  }
  return {
    text: () => lines.join('\n'),
    restore: () => {
      for (const [method, original] of originals) console[method] = original;
    },
  };
}
