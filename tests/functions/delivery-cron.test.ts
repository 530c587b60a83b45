import { Resend } from 'resend';
import { describe, expect, it } from 'vitest';
import { onRequestPost } from '../../functions/api/referral.ts';
import { deliverQueued } from '../../src/lib/referral/delivery/cron.ts';
import { resendSender } from '../../src/lib/email/resend-sender.ts';
import { referralSettings } from '../../src/lib/referral/settings.ts';
import type { ReferralSettings } from '../../src/lib/referral/settings.ts';
import { pagesContext } from '../support/platform.ts';
import { useReferralSuite } from '../support/referral-suite.ts';
import { jsonRequest, validAnswers } from '../support/referral-fixtures.ts';

// The cron run in-process against a real local D1 and the fake provider enforcing its rate limit.
const suite = useReferralSuite();

async function queue(count: number): Promise<void> {
  suite.fake.setDown(true);
  for (let i = 0; i < count; i++) {
    const res = await onRequestPost(pagesContext(jsonRequest(validAnswers()), suite.env));
    expect(await res.json()).toMatchObject({ delivery: 'queued' });
  }
  suite.fake.reset();
}

function cronDeps(rate: number) {
  const settings = { ...(referralSettings(suite.env) as ReferralSettings), sendRate: rate };
  const sender = resendSender(new Resend('re_test_key', { baseUrl: suite.fake.url }));
  return { db: suite.env.DB, sender, settings, log: () => undefined };
}

describe('the delivery cron', () => {
  it('paces its sends to the provider’s limit: no 429s, never faster than allowed', async () => {
    await queue(7);
    suite.fake.setRateLimit(4);
    const started = performance.now();
    const summary = await deliverQueued(cronDeps(4), Date.now());
    const seconds = (performance.now() - started) / 1000;
    expect(summary).toEqual({ sent: 7, queued: 0, stopped: 0 });
    expect(suite.fake.rateLimited()).toBe(0);
    // 7 sends at 4 a second start over 6 intervals of 1/4 s (plus the 3% margin): at least 1.5 s. How close
    // to the allowed rate the drain gets is a speed figure, so it is printed by `npm run bench:referral`, not
    // asserted here (an upper bound on wall time flakes on a loaded machine).
    expect(seconds).toBeGreaterThanOrEqual(1.5);
  });

  it('does nothing when nothing is due, and sends nothing twice on a second run', async () => {
    await queue(2);
    const deps = cronDeps(50);
    expect(await deliverQueued(deps, Date.now())).toEqual({ sent: 2, queued: 0, stopped: 0 });
    expect(await deliverQueued(deps, Date.now() + 60_000)).toEqual({ sent: 0, queued: 0, stopped: 0 });
    expect(suite.fake.emails).toHaveLength(2);
  });
});
