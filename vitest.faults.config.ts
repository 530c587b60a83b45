import { defineConfig } from 'vitest/config';

// Fault tests through the served site (scripts/serve.ts): they need a built dist/, so `npm test` runs
// them after the build (`npm run test:faults`).
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    setupFiles: ['tests/support/no-outbound-fetch.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
