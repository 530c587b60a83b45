// A Playwright fixture for the referral journey: the local fake of Resend, and a `wrangler dev` of the
// built site on a free 127.0.0.1 port with RESEND_BASE_URL pointed at the fake and its own fresh D1 — so a
// test can make the provider fail on demand and count what reached the inbox. Stopped by PID afterwards.
import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeResend, type FakeResend } from '../../../support/fake-resend.ts';
import { freePort, waitForHealth } from '../../../support/local-server.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

export interface ReferralServer {
  /** The site's origin, e.g. http://127.0.0.1:45123 */
  url: string;
  fake: FakeResend;
  /** Personal data a test typed: the server's whole log is checked for it when the worker finishes. */
  neverLog: (...texts: string[]) => void;
}

export const test = base.extend<object, { referralServer: ReferralServer }>({
  referralServer: [
    async ({}, use) => {
      const fake = await startFakeResend();
      const port = await freePort();
      const state = mkdtempSync(join(tmpdir(), 'referral-e2e-'));
      const vars = ['RESEND_API_KEY:re_e2e_test', `RESEND_BASE_URL:${fake.url}`, 'REFERRAL_DELIVERY:email'];
      const server = spawn(
        process.execPath,
        ['scripts/serve.ts', '--port', String(port), '--persist-to', state, '--', ...vars.flatMap((v) => ['--var', v])],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let log = '';
      const keep = (chunk: Buffer) => {
        log += chunk.toString('utf8');
      };
      server.stdout.on('data', keep);
      server.stderr.on('data', keep);
      const secrets: string[] = [];
      const exited = new Promise<void>((resolve) => {
        server.on('exit', () => {
          resolve();
        });
      });
      try {
        const url = `http://127.0.0.1:${port}`;
        await waitForHealth(`${url}/api/health`, 120_000);
        await use({ url, fake, neverLog: (...texts) => secrets.push(...texts) });
      } finally {
        if (server.pid !== undefined && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        rmSync(state, { recursive: true, force: true });
        await fake.close();
      }
      const leaked = secrets.filter((text) => log.includes(text));
      if (leaked.length > 0) throw new Error(`The server logged personal data: ${leaked.join(', ')}`);
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export { expect } from '@playwright/test';
