// Part of `npm run bench:referral`: durable delivery at scale, through the served site (scripts/serve.ts:
// wrangler dev on the build, its own D1) with the local fake of Resend.
//  1. The provider is down: N referrals are posted (10 at a time); how many are accepted (201 queued) a second.
//  2. The provider recovers, enforcing Resend's default limit of 2 requests a second (429 + Retry-After
//     above it). The cron runs at recovery and then every 60 s, as in production; the time until every
//     referral has reached the fake exactly once, and the share of the allowed rate that drain used.
//  3. How even the pace was: from the fake's arrival times, how much shorter than paced any window of
//     `rate` gaps came out (the squeeze), against the slack the pace margin leaves (support/pace-jitter.ts).
//     `--load N` runs N CPU burners (bounded, stopped by PID) beside the drain, as on a busy machine.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeResend } from '../support/fake-resend.ts';
import { paceJitter } from '../support/pace-jitter.ts';
import { PACE_MARGIN, paceIntervalMs } from '../src/lib/referral/delivery/schedule.ts';
import { startServedSite } from '../support/served-site.ts';
import { BENCH_ANSWERS } from './bench-answers.ts';

const answers = BENCH_ANSWERS;

/** N busy loops for at most `seconds`, as other work on a shared machine; each is stopped by its PID. */
function burnCpu(n: number, seconds: number): () => void {
  const burners = Array.from({ length: n }, () =>
    spawn('timeout', [String(seconds), 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' }),
  );
  return () => {
    for (const burner of burners) if (burner.pid !== undefined && burner.exitCode === null) burner.kill('SIGTERM');
  };
}

export async function benchDelivery(fake: FakeResend, count: number, rate: number, load = 0): Promise<void> {
  const state = mkdtempSync(join(tmpdir(), 'bench-delivery-'));
  const site = await startServedSite(state, {
    RESEND_API_KEY: 're_bench',
    RESEND_BASE_URL: fake.url,
    REFERRAL_RATE_LIMIT: '1000000000',
    REFERRAL_SEND_RATE: String(rate),
  });
  const crons: Promise<unknown>[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    fake.reset();
    fake.setDown(true);
    let next = 0;
    let accepted = 0;
    const post = async () => {
      while (next < count) {
        next += 1;
        const res = await fetch(`${site.url}/api/referral`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
          body: JSON.stringify({ ...answers, submissionId: randomUUID() }),
        });
        const body = (await res.json()) as { delivery?: string };
        if (res.status === 201 && body.delivery === 'queued') accepted += 1;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: 10 }, post));
    const acceptSeconds = (performance.now() - started) / 1000;
    console.log(`\nDurable delivery, ${count} referrals through wrangler dev (workerd, local D1), provider down:`);
    console.log(
      `  accepted (201 queued) ${accepted} of ${count} in ${acceptSeconds.toFixed(1)} s: ${(accepted / acceptSeconds).toFixed(0)} referrals/s   emails sent meanwhile: ${fake.emails.length}`,
    );

    fake.reset(); // forget the failed attempts; the drain is measured from here
    fake.setRateLimit(rate);
    const stopBurning = burnCpu(load, Math.ceil((count / rate) * 3 + 180));
    const recovered = performance.now();
    const runCron = () => crons.push(fetch(`${site.url}/__scheduled`).catch(() => undefined));
    runCron();
    timer = setInterval(runCron, 60_000);
    while (fake.emails.length < accepted && performance.now() - recovered < (accepted / rate) * 3_000 + 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const drainSeconds = (performance.now() - recovered) / 1000;
    stopBurning();
    const keys = fake.emails.map((e) => e.idempotencyKey);
    const achieved = keys.length / drainSeconds;
    console.log(`Recovery, the fake enforcing ${rate} requests/s (429 + Retry-After above it), cron every 60 s:`);
    console.log(
      `  queue empty after ${drainSeconds.toFixed(1)} s: ${keys.length} delivered, duplicates ${keys.length - new Set(keys).size}, 429s ${fake.rateLimited()}`,
    );
    console.log(
      `  ${achieved.toFixed(2)} emails/s = ${((achieved / rate) * 100).toFixed(1)}% of the allowed ${rate}/s (target ≥ 90%)`,
    );
    const jitter = paceJitter(
      fake.requests.map((r) => r.at),
      rate,
      paceIntervalMs(rate),
    );
    console.log(
      `How even the pace was, ${load} CPU burner(s) beside it: squeeze of ${rate} gaps p50 ${jitter.squeezeMs.p50} ms, p99 ${jitter.squeezeMs.p99} ms, worst ${jitter.squeezeMs.max} ms over ${jitter.windows} windows`,
    );
    console.log(
      `  the ${(PACE_MARGIN * 100).toFixed(0)}% margin leaves ${jitter.slackMs} ms of slack a window; windows over the limit: ${jitter.overLimit}`,
    );
  } finally {
    if (timer) clearInterval(timer);
    await site.stop();
    await Promise.all(crons);
    rmSync(state, { recursive: true, force: true });
  }
}
