import { Resend } from 'resend';
import { beforeEach, describe, expect, it } from 'vitest';
import { deliverQueued } from '../../src/lib/referral/delivery/cron.ts';
import { seal } from '../../src/lib/referral/delivery/seal.ts';
import { LEASE_MS, paceIntervalMs } from '../../src/lib/referral/delivery/schedule.ts';
import { resendSender } from '../../src/lib/email/resend-sender.ts';
import { referralDeps } from '../../src/lib/referral/deps.ts';
import { handleReferralRequest } from '../../src/lib/referral/handler.ts';
import { referralSettings } from '../../src/lib/referral/settings.ts';
import type { ReferralSettings } from '../../src/lib/referral/settings.ts';
import { referralFormPage } from '../../src/render/referral-form-page.tsx';
import { useReferralSuite } from '../support/referral-suite.ts';
import { jsonRequest, PERSONAL_STRINGS, validAnswers } from '../support/referral-fixtures.ts';
import { queuedCount } from '../support/referral-state.ts';
import { simulatedClock, type SimulatedClock } from '../support/simulated-clock.ts';

// The cron run in-process against a real local D1 and the fake provider, both on one simulated clock: the
// cron paces and sleeps on it, the fake enforces its rate limit on it and stamps each request's arrival with
// it. Nothing here depends on how fast the machine is; the real-time figure (how close a drain gets to the
// allowed rate, and how much arrival jitter the pace absorbs) is printed by `npm run bench:referral`.

const START = Date.UTC(2026, 0, 12, 9, 0); // any fixed moment: every test starts its own clock there
let clock: SimulatedClock = simulatedClock(START);
const suite = useReferralSuite({ clock: () => clock.now() });
beforeEach(() => {
  clock = simulatedClock(START);
});

/** Referrals accepted while the provider is down, at the simulated time: queued for the cron. */
async function queue(count: number): Promise<void> {
  suite.fake.setDown(true);
  for (let i = 0; i < count; i++) {
    const request = jsonRequest(validAnswers());
    const deps = referralDeps(suite.env, request.url, { renderForm: referralFormPage });
    const res = await handleReferralRequest(request, { ...deps, log: () => undefined, now: clock.now });
    expect(await res.json()).toMatchObject({ delivery: 'queued' });
  }
  suite.fake.reset();
}

function cronDeps(rate: number) {
  const settings = { ...(referralSettings(suite.env) as ReferralSettings), sendRate: rate };
  const sender = resendSender(new Resend('re_test_key', { baseUrl: suite.fake.url }));
  return { db: suite.env.DB, sender, settings, log: () => undefined, realNow: clock.now, sleep: clock.sleep };
}

/** Milliseconds between the arrivals of consecutive requests at the provider, on the shared clock. */
const gapsBetweenRequests = () => suite.fake.requests.slice(1).map((r, i) => r.at - suite.fake.requests[i]!.at);

describe('the delivery cron', () => {
  it('starts its sends exactly one pace interval apart, so a provider limiting on the same clock never says 429', async () => {
    await queue(7);
    suite.fake.setRateLimit(4);
    const summary = await deliverQueued(cronDeps(4), clock.now());
    expect(summary).toEqual({ sent: 7, queued: 0, stopped: 0 });
    expect(suite.fake.rateLimited()).toBe(0);
    expect(gapsBetweenRequests()).toEqual(Array(6).fill(paceIntervalMs(4)));
  });

  it('keeps a full interval after a send that started late, so a late send and an on-time one never share a second', async () => {
    await queue(7);
    suite.fake.setRateLimit(4);
    const interval = paceIntervalMs(4);
    // The third send's sleep wakes 100 ms late, as on a starved machine. Were the later sends kept to their
    // first slots, the seventh would be the fifth in one second, and the provider would answer 429.
    clock = simulatedClock(START, { lateWake: (n) => (n === 2 ? 100 : 0) });
    expect(await deliverQueued(cronDeps(4), clock.now())).toEqual({ sent: 7, queued: 0, stopped: 0 });
    expect(suite.fake.rateLimited()).toBe(0);
    expect(gapsBetweenRequests()).toEqual([interval, interval + 100, interval, interval, interval, interval]);
  });

  it('waits out a 429’s Retry-After before its next send, and leaves the refused referral for a later run', async () => {
    await queue(3);
    suite.fake.next({ kind: 'rate-limited', retryAfterSeconds: 2 });
    expect(await deliverQueued(cronDeps(4), clock.now())).toEqual({ sent: 2, queued: 1, stopped: 0 });
    expect(gapsBetweenRequests()).toEqual([2_000, paceIntervalMs(4)]);
    await clock.sleep(60_000);
    expect(await deliverQueued(cronDeps(4), clock.now())).toEqual({ sent: 1, queued: 0, stopped: 0 });
    expect(suite.fake.emails).toHaveLength(3);
  });

  it('gives its claimed referrals back, untried, when a Retry-After would outlast their lease', async () => {
    await queue(3);
    suite.fake.next({ kind: 'rate-limited', retryAfterSeconds: LEASE_MS / 1000 });
    expect(await deliverQueued(cronDeps(4), clock.now())).toEqual({ sent: 0, queued: 3, stopped: 0 });
    expect(suite.fake.requests).toHaveLength(1); // only the one that was told to wait
    expect(await queuedCount(suite.env.DB)).toBe(3);
    const leased = await suite.env.DB.prepare("SELECT COUNT(*) AS n FROM referrals WHERE status = 'sending'").first();
    expect(leased).toEqual({ n: 0 });
  });

  it('does nothing when nothing is due, and sends nothing twice on a second run', async () => {
    await queue(2);
    const deps = cronDeps(50);
    expect(await deliverQueued(deps, clock.now())).toEqual({ sent: 2, queued: 0, stopped: 0 });
    await clock.sleep(60_000);
    expect(await deliverQueued(deps, clock.now())).toEqual({ sent: 0, queued: 0, stopped: 0 });
    expect(suite.fake.emails).toHaveLength(2);
  });

  it('stops, and names the fields, a referral sealed under an older schema, rather than send it half-formed', async () => {
    await queue(1);
    const settings = referralSettings(suite.env) as ReferralSettings;
    const row = await suite.env.DB.prepare('SELECT idempotency_key AS key, reference FROM referrals').first<{
      key: string;
      reference: string;
    }>();
    // As an older Worker might have sealed it: no answer to a question added since, and a value since renamed.
    const older: Record<string, unknown> = { ...validAnswers(), whatHappened: 'door' };
    delete older['feelUnsafe'];
    const sealed = await seal(settings.referralKeys[0] ?? '', row!.key, JSON.stringify(older));
    await suite.env.DB.prepare('UPDATE referral_answers SET sealed = ?1').bind(sealed).run();
    const lines: string[] = [];
    const deps = { ...cronDeps(4), log: (...line: unknown[]) => void lines.push(JSON.stringify(line)) };
    expect(await deliverQueued(deps, clock.now())).toEqual({ sent: 0, queued: 0, stopped: 1 });
    expect(suite.fake.emails).toHaveLength(0);
    const stopped = lines.find((line) => line.includes('referral.delivery_stopped'));
    expect(stopped).toContain(row!.reference);
    expect(stopped).toContain('whatHappened,feelUnsafe');
    for (const personal of PERSONAL_STRINGS) expect(lines.join('\n')).not.toContain(personal);
  });
});
