// Durable delivery under faults, through the served site (wrangler dev: the Worker, its assets, a local D1)
// with the local fake of Resend. Simulated cron runs go through /__deliveries?now=MS (development only),
// so half an hour of provider downtime takes seconds. Every case ends with every referral delivered exactly
// once (or, where that is the documented behaviour, stopped for the operator), and no log line holding any
// of the answers' personal data. The tests share one served site (starting wrangler is the slow part), so
// each owns its state this way: it starts with the fake provider reset and a queue checked empty, and after
// it anything it left queued is stopped (a cron run a week on), so a failure never spills into the next.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/web/security-headers.ts';
import { startFakeResend, type FakeResend } from '../../support/fake-resend.ts';
import { PERSONAL_DATA, PERSONAL_STRINGS, validAnswers } from '../support/referral-fixtures.ts';
import { startServedSite, type ServedSite } from '../../support/served-site.ts';

const KEY_1 = 'MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE='; // 32 bytes each, for tests only
const KEY_2 = 'MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI=';
const KEY_3 = 'MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM=';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let fake: FakeResend;
let site: ServedSite;
let state: string;
let vars: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeResend();
  state = mkdtempSync(join(tmpdir(), 'delivery-faults-'));
  vars = {
    RESEND_API_KEY: 're_fault_test',
    RESEND_BASE_URL: fake.url,
    REFERRAL_RATE_LIMIT: '1000000',
    REFERRAL_KEY: KEY_1,
    // The durable queue is the same in both modes; these faults check email mode's answers arrive (and are
    // then deleted). tests/functions/beacon-inbox.test.ts covers the inbox mode's notice through the queue.
    REFERRAL_DELIVERY: 'email',
  };
  site = await startServedSite(state, vars);
}, 180_000);

afterAll(async () => {
  await site.stop();
  await fake.close();
  rmSync(state, { recursive: true, force: true });
  const log = site.log();
  for (const personal of PERSONAL_STRINGS) expect(log).not.toContain(personal);
});

beforeEach(() => {
  fake.reset();
  const waiting = site.query("SELECT reference FROM referrals WHERE status IN ('queued', 'sending')");
  expect(waiting, 'referrals left waiting by an earlier test').toEqual([]);
});

afterEach(async () => {
  // Past every retry window: whatever this test left queued is stopped, never sent to the next test's fake.
  await cron(Date.now() + 8 * DAY);
});

async function refer(overrides = {}): Promise<{ status: number; reference: string; delivery: string }> {
  const res = await fetch(`${site.url}/api/referral`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
    body: JSON.stringify(validAnswers({ submissionId: crypto.randomUUID(), ...overrides })),
  });
  const body = await res.json<{ reference: string; delivery: string }>();
  return { status: res.status, ...body };
}

async function cron(now: number): Promise<{ sent: number; queued: number; stopped: number }> {
  const res = await fetch(`${site.url}/__deliveries?now=${now}`);
  expect(res.status).toBe(200);
  return res.json<{ sent: number; queued: number; stopped: number }>();
}

async function confirmationPage(reference: string): Promise<string> {
  const res = await fetch(`${site.url}/get-help/refer-yourself-to-beacon/confirmation/?reference=${reference}`);
  return res.text();
}

/** Beacon's emails for each reference: exactly once means a count of 1 for every one. */
function deliveredCounts(references: string[]): number[] {
  const beacon = fake.emails.filter((e) => e.to.includes('beacon-intake@example.org'));
  return references.map((ref) => beacon.filter((e) => e.subject.includes(ref)).length);
}

describe('the served site', () => {
  it('sends identical security headers on static files and on the Worker’s own pages', async () => {
    const names = Object.keys(SECURITY_HEADERS);
    const headersOf = async (path: string) => {
      const res = await fetch(site.url + path);
      expect(res.ok).toBe(true);
      return Object.fromEntries(names.map((name) => [name, res.headers.get(name)]));
    };
    const asset = await headersOf('/advice/rogue-traders/');
    expect(asset).toEqual(SECURITY_HEADERS);
    expect(await headersOf('/check-a-trader/results/?trade=roofer')).toEqual(asset);
    expect(await headersOf('/get-help/refer-yourself-to-beacon/')).toEqual(asset);
  });
});

describe('durable delivery through the served site', () => {
  it('delivers every referral exactly once after the provider is down for 30 minutes of cron runs', async () => {
    fake.setDown(true);
    const t0 = Date.now();
    const made = [await refer(), await refer(), await refer({ contactMethod: 'email', email: PERSONAL_DATA.email })];
    expect(made.map((m) => [m.status, m.delivery])).toEqual(Array(3).fill([201, 'queued']));
    expect(await confirmationPage(made[0]!.reference)).toContain('Beacon will get your answers');

    let attemptsWhileDown = 0;
    for (let minute = 1; minute <= 30; minute++) {
      const before = fake.requests.length;
      await cron(t0 + minute * MINUTE);
      attemptsWhileDown += fake.requests.length - before;
    }
    expect(fake.emails).toHaveLength(0);
    // Backoff: 30 runs, but each referral tried only at minutes 1, 2, 4, 8, 16 (and its first try).
    expect(attemptsWhileDown).toBeLessThanOrEqual(3 * 6);

    fake.setDown(false);
    for (let minute = 31; minute <= 60 && fake.emails.length < 4; minute++) await cron(t0 + minute * MINUTE);
    const references = made.map((m) => m.reference);
    expect(deliveredCounts(references)).toEqual([1, 1, 1]);
    // The person's confirmation came after Beacon's copy, and only for the one who chose email.
    const toPerson = fake.emails.filter((e) => e.to.includes(PERSONAL_DATA.email));
    expect(toPerson).toHaveLength(1);
    expect(fake.emails.indexOf(toPerson[0]!)).toBeGreaterThan(
      fake.emails.findIndex((e) => e.subject.includes(made[2]!.reference)),
    );
    for (const ref of references)
      expect(await confirmationPage(ref)).toContain('Your answers have been sent to Beacon');
    // Sealed answers are deleted on delivery; the records keep no personal data.
    expect(site.query('SELECT * FROM referral_answers')).toHaveLength(0);
    const records = JSON.stringify(site.query('SELECT * FROM referrals'));
    for (const personal of PERSONAL_STRINGS) expect(records).not.toContain(personal);
    // More cron runs send nothing more.
    await cron(t0 + 61 * MINUTE);
    expect(deliveredCounts(references)).toEqual([1, 1, 1]);
  }, 120_000);

  it('delivers once when the provider accepted the email but the answer was lost', async () => {
    fake.next({ kind: 'accept-drop' });
    const made = await refer();
    expect([made.status, made.delivery]).toEqual([201, 'queued']);
    expect(fake.emails).toHaveLength(1); // accepted, though the Worker never heard
    await cron(Date.now());
    expect(fake.requests).toHaveLength(2); // the retry reached the provider with the same key…
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(deliveredCounts([made.reference])).toEqual([1]); // …and nothing new was sent
    expect(await confirmationPage(made.reference)).toContain('Your answers have been sent to Beacon');
  }, 60_000);

  it('never sends twice when two cron runs overlap', async () => {
    fake.setDown(true);
    const made = await Promise.all(Array.from({ length: 8 }, () => refer()));
    fake.setDown(false);
    fake.reset();
    const now = Date.now() + MINUTE;
    const [a, b] = await Promise.all([cron(now), cron(now)]);
    expect(a.sent + b.sent).toBe(8);
    expect(deliveredCounts(made.map((m) => m.reference))).toEqual(Array(8).fill(1));
    expect(fake.requests).toHaveLength(8); // not even a deduplicated second request
  }, 60_000);

  it('honours the provider’s Retry-After when told to slow down, and still delivers each referral once', async () => {
    fake.setDown(true);
    const made = await Promise.all(Array.from({ length: 6 }, () => refer()));
    fake.reset();
    // Two 429s whatever the timing (a limit enforced on the real clock would depend on the machine's speed).
    fake.next({ kind: 'rate-limited', retryAfterSeconds: 1 }, { kind: 'rate-limited', retryAfterSeconds: 1 });
    for (let i = 1; i < 10 && fake.emails.length < 6; i++) await cron(Date.now() + i * MINUTE);
    expect(fake.rateLimited()).toBe(2);
    expect(deliveredCounts(made.map((m) => m.reference))).toEqual(Array(6).fill(1));
    // Every run's next send waited out the Retry-After: at least a second after each 429 (a wait, so load
    // only lengthens it; the cron's exact spacing is tested on a simulated clock in tests/functions/).
    const arrivals = fake.requests.map((r) => r.at);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(1_000);
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(1_000);
  }, 90_000);

  it('delivers once after the Worker dies between storing a referral and sending it', async () => {
    fake.next({ kind: 'stall' }); // the send reaches nothing that accepts it, and the Worker dies meanwhile
    const pending = refer().catch(() => null);
    await expect.poll(() => fake.requests.length, { timeout: 60_000 }).toBe(1);
    await site.restart();
    expect(await pending).toBeNull(); // the person's request died with the Worker
    expect(fake.emails).toHaveLength(0);
    // The lease runs out; the next cron run sends it.
    await cron(Date.now() + 3 * MINUTE);
    expect(fake.emails).toHaveLength(1);
    const reference = /BCN-\w{4}-\w{4}/.exec(fake.emails[0]!.subject)?.[0] ?? '';
    expect(await confirmationPage(reference)).toContain('Your answers have been sent to Beacon');
  }, 180_000);

  it('opens answers sealed before a key rotation with REFERRAL_KEY_PREVIOUS, and stops (logging only the reference) without it', async () => {
    fake.setDown(true);
    const kept = await refer();
    const lost = await refer();
    fake.setDown(false);
    await site.restart({ ...vars, REFERRAL_KEY: KEY_2, REFERRAL_KEY_PREVIOUS: KEY_1 });
    const before = site.log().length;
    await cron(Date.now() + MINUTE);
    expect(deliveredCounts([kept.reference, lost.reference])).toEqual([1, 1]);

    fake.setDown(true);
    const orphan = await refer(); // sealed with KEY_2
    fake.setDown(false);
    await site.restart({ ...vars, REFERRAL_KEY: KEY_3 });
    const summary = await cron(Date.now() + MINUTE);
    expect(summary.stopped).toBe(1);
    expect(deliveredCounts([orphan.reference])).toEqual([0]);
    // Log lines reach us through wrangler's output a moment after the answer.
    await expect
      .poll(() => site.log().slice(before))
      .toContain(`"event":"referral.delivery_stopped","reference":"${orphan.reference}","reason":"unknown-key"`);
    expect(await confirmationPage(orphan.reference)).toContain('Please call Beacon on');
  }, 240_000);

  it('stops retrying before the 24-hour idempotency window ends, and purges sealed answers after 7 days', async () => {
    fake.setDown(true);
    const t0 = Date.now();
    const made = await refer();
    await cron(t0 + 22 * 60 * MINUTE);
    const stoppedRun = await cron(t0 + 23 * 60 * MINUTE + MINUTE);
    expect(stoppedRun.stopped).toBe(1);
    expect(site.log()).toContain(
      `"event":"referral.delivery_stopped","reference":"${made.reference}","reason":"window"`,
    );
    const key = site.query<{ idempotency_key: string }>(
      'SELECT idempotency_key FROM referrals WHERE reference = ?',
      made.reference,
    )[0]!.idempotency_key;
    expect(site.query('SELECT 1 FROM referral_answers WHERE idempotency_key = ?', key)).toHaveLength(1);
    fake.setDown(false);
    await cron(t0 + 7 * 24 * 60 * MINUTE + MINUTE);
    expect(site.query('SELECT 1 FROM referral_answers WHERE idempotency_key = ?', key)).toHaveLength(0);
    expect(fake.emails).toHaveLength(0); // a stopped referral is never sent automatically
  }, 60_000);
});
