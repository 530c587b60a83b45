import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet } from '../../functions/get-help/refer-yourself-to-beacon/confirmation.ts';
import { pagesContext, startPlatform, type Platform } from '../support/platform.ts';
import { fakeAssets } from '../support/referral-fixtures.ts';

let platform: Platform;
let env: Env;
beforeAll(async () => {
  platform = await startPlatform();
  env = { ...platform.env, ASSETS: fakeAssets };
  // 1 December 2026, 3:05pm in London (GMT in winter).
  const at = Date.UTC(2026, 11, 1, 15, 5);
  for (const [reference, status] of [
    ['BCN-7K3M-Q9TX', 'sent'],
    ['BCN-7K3M-Q9TY', 'queued'],
    ['BCN-7K3M-Q9TZ', 'stopped'],
  ] as const) {
    await env.DB.prepare(
      `INSERT INTO referrals (idempotency_key, reference, status, created_at, updated_at, window_started_at)
       VALUES (?1, ?2, ?3, ?4, ?4, ?4)`,
    )
      .bind(`key-${reference}`, reference, status, at)
      .run();
  }
});
afterAll(() => platform.dispose());

const get = async (query: string): Promise<Response> =>
  onRequestGet(
    pagesContext(new Request(`http://127.0.0.1:8788/get-help/refer-yourself-to-beacon/confirmation/${query}`), env),
  );

describe('GET /get-help/refer-yourself-to-beacon/confirmation/', () => {
  it('says "sent" only for a referral whose record says Beacon’s copy was accepted', async () => {
    const res = await get('?reference=BCN-7K3M-Q9TX');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('<title>Your answers have been sent to Beacon – Site</title>');
    expect(page).toContain('<strong>BCN-7K3M-Q9TX</strong>');
    expect(page).toContain('What happens next');
    expect(page).toContain('href="tel:999"');
    expect(page).toContain('href="tel:03000115555"');
  });

  it('says a queued referral will reach Beacon, when it was received, and how to talk sooner', async () => {
    const page = await (await get('?reference=BCN-7K3M-Q9TY')).text();
    expect(page).toContain('<title>Beacon will get your answers – Site</title>');
    expect(page).toContain('We got your answers at 3:05pm on Tuesday 1 December.');
    expect(page).toContain('You do not need to fill in the form again.');
    expect(page).toContain('href="tel:03000115555"');
    expect(page).not.toContain('have been sent to Beacon');
  });

  it('asks the person to call Beacon when retries have stopped', async () => {
    const page = await (await get('?reference=BCN-7K3M-Q9TZ')).text();
    expect(page).toContain('We have not been able to send them to Beacon yet. Please call Beacon on');
  });

  it('does not confirm a well-formed reference that was never made, and says what to do', async () => {
    const res = await get('?reference=BCN-AAAA-AAAA');
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).toContain('We cannot find this reference');
    expect(page).toContain('href="tel:03000115555"');
    expect(page).not.toContain('sent to Beacon');
  });

  it('says "call your bank now" first, before what Beacon will do, on every page a referral can end on', async () => {
    // Someone who lost money and did not tick "the bank" must not wait days for Beacon: hours matter.
    for (const query of [
      '?reference=BCN-7K3M-Q9TX',
      '?reference=BCN-7K3M-Q9TY',
      '?reference=BCN-7K3M-Q9TZ',
      '?reference=BCN-AAAA-AAAA',
    ]) {
      const page = await (await get(query)).text();
      const main = page.slice(page.indexOf('<main>'));
      const bank = main.indexOf('<h2 id="bank-now-heading">Have you lost money?</h2>');
      expect(bank, query).toBeGreaterThan(0);
      expect(main.indexOf('<h2'), query).toBe(bank);
      expect(main).toContain(
        '<strong>Call your bank now, if you have not told them yet.</strong> Use <a href="tel:159">159</a>',
      );
      for (const later of [
        'What happens next',
        'Write your reference down',
        'We got your answers',
        'We have no answers',
      ]) {
        if (main.includes(later)) expect(main.indexOf(later), `${query} ${later}`).toBeGreaterThan(bank);
      }
    }
  });

  it('gives Report Fraud’s always-open way to report beside its phone line', async () => {
    const page = await (await get('?reference=BCN-7K3M-Q9TX')).text();
    expect(page).toContain('Report Fraud online at any time, at reportfraud.police.uk, or on');
  });

  it('refuses anything that is not a reference, without echoing it', async () => {
    for (const query of ['', '?reference=', '?reference=<script>alert(1)</script>', '?reference=BCN-IIII-OOOO']) {
      const res = await get(query);
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('We cannot show this page');
      expect(page).not.toContain('<script>alert');
    }
  });
});
