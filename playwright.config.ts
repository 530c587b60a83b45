import { defineConfig, devices } from '@playwright/test';

// Debian's chromium when CHROME_PATH is set (CI and these machines); Playwright's own Chromium otherwise.
const executablePath = process.env['CHROME_PATH'] || undefined;
const port = Number(process.env['E2E_PORT'] ?? 8788);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  // Backstops, not speeds: every wait is on a condition (a role, a text, an island hydrated), and these only
  // end a test that would otherwise wait for ever. A starved 2-core machine can take seconds to hydrate.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // A separate D1 state for tests, so a test run never mixes with `npm start`'s data.
    command: `node scripts/serve.ts --port ${port} --persist-to .wrangler/e2e-state`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
