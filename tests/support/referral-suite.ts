// The shared setup of the referral function tests: a real local D1, the fake Resend, and console capture
// that fails the file if any of the test's personal data reached a log. Before each test the D1's referral
// tables and the fake are emptied, so every test starts from an empty queue and outbox and owns its state.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { captureConsole, type ConsoleCapture } from './console-capture.ts';
import { startFakeResend, type FakeResend } from '../../support/fake-resend.ts';
import { startPlatform, type Platform } from './platform.ts';
import { fakeAssets, PERSONAL_STRINGS } from './referral-fixtures.ts';
import { emptyReferralState } from './referral-state.ts';

export interface ReferralSuite {
  /** Env with the local D1, a test Resend key and RESEND_BASE_URL pointing at the fake. */
  env: Env;
  fake: FakeResend;
  logs: ConsoleCapture;
  platform: Platform;
}

interface SuiteOptions {
  /** The fake provider's clock (a test's simulated one); the real clock otherwise. */
  clock?: () => number;
  /** REFERRAL_DELIVERY: these suites test email mode's answers unless they ask for the inbox. */
  delivery?: 'inbox' | 'email';
}

/** Registers the file's hooks; the returned object is filled in before the first test runs. */
export function useReferralSuite(options: SuiteOptions = {}): ReferralSuite {
  const suite = {} as ReferralSuite;
  beforeAll(async () => {
    suite.logs = captureConsole();
    suite.fake = await startFakeResend(options.clock ? { clock: options.clock } : {});
    suite.platform = await startPlatform();
    suite.env = {
      ...suite.platform.env,
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: suite.fake.url,
      REFERRAL_DELIVERY: options.delivery ?? 'email',
      ASSETS: fakeAssets,
    };
  });
  afterAll(async () => {
    await suite.platform.dispose();
    await suite.fake.close();
    suite.logs.restore();
    for (const personal of PERSONAL_STRINGS) expect(suite.logs.text()).not.toContain(personal);
  });
  beforeEach(async () => {
    suite.fake.reset();
    await emptyReferralState(suite.env.DB);
  });
  return suite;
}
