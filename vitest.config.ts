import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/functions/**/*.test.ts',
      'tests/search/**/*.test.ts',
      'tests/traders/**/*.test.ts',
      'tests/triage/**/*.test.ts',
    ],
    setupFiles: ['tests/support/no-outbound-fetch.ts'],
    // Backstops only (no test waits on a timer): a hook starts workerd, which a starved machine can take a
    // minute over.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // workerd processes are heavy on a 2-core machine: keep files from starting many at once.
    maxWorkers: 2,
  },
});
