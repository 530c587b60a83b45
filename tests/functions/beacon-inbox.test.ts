import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet as signInPage, onRequestPost as signIn } from '../../functions/__access/sign-in.ts';
import { onRequestPost as postReferral } from '../../functions/api/referral.ts';
import {
  onRequestGet as showReferral,
  onRequestPost as changeReferral,
} from '../../functions/beacon-inbox/[reference].ts';
import { onRequestGet as listInbox } from '../../functions/beacon-inbox/index.ts';
import { runDeliveries } from '../../functions/_scheduled.ts';
import { deleteExpiredAnswers } from '../../src/lib/inbox/store.ts';
import { startFakeAccess, type FakeAccess } from '../../support/fake-access-issuer.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext } from '../support/platform.ts';
import { PERSONAL_DATA, PERSONAL_STRINGS, jsonRequest, validAnswers } from '../support/referral-fixtures.ts';
import { useReferralSuite } from '../support/referral-suite.ts';

// The Beacon inbox (DESIGN.md "Beacon inbox") in REFERRAL_DELIVERY=inbox mode, with a fake Access team
// (RS256 key set on loopback) and the fake email provider: answers stay sealed in D1 and are shown only to
// a signed-in staff member; the email Beacon gets holds nothing the person wrote.
const suite = useReferralSuite({ delivery: 'inbox' });
const ORIGIN = 'http://127.0.0.1:8788';
const STAFF = 'case.worker@beacon.example.org';
const DAY = 24 * 60 * 60 * 1000;
let access: FakeAccess;
let webhook: { url: string; bodies: string[]; close: () => Promise<void> };

beforeAll(async () => {
  access = await startFakeAccess();
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      bodies.push(text);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  webhook = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    bodies,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
});
afterAll(async () => {
  await access.close();
  await webhook.close();
});

type Over = { [K in keyof Env]?: Env[K] | undefined };
const env = (over: Over = {}) =>
  ({
    ...suite.env,
    ACCESS_TEAM_DOMAIN: access.issuer,
    ACCESS_AUD: access.audience,
    SITE_URL: ORIGIN,
    ALERT_WEBHOOK_URL: webhook.url,
    ...over,
  }) as Env;

async function refer(answers = validAnswers(), over: Over = {}): Promise<string> {
  const context = pagesContext(jsonRequest(answers), env(over));
  const res = await postReferral(context);
  await context.settled();
  expect(res.status).toBe(201);
  return (await res.json<{ reference: string }>()).reference;
}

const asStaff = async (headers: Record<string, string> = {}) => ({
  'Cf-Access-Jwt-Assertion': await access.token(STAFF),
  ...headers,
});

async function get(path: string, headers: Record<string, string>, over: Over = {}) {
  const request = new Request(`${ORIGIN}${path}`, { headers });
  const reference = /^\/beacon-inbox\/([^/]+)\/$/.exec(path)?.[1];
  const res = reference
    ? await showReferral(pagesContext(request, env(over), { reference }))
    : await listInbox(pagesContext(request, env(over)));
  return { status: res.status, text: await res.text(), headers: res.headers };
}

async function post(reference: string, status: string, headers: Record<string, string>) {
  const request = new Request(`${ORIGIN}/beacon-inbox/${reference}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ status }),
  });
  return changeReferral(pagesContext(request, env(), { reference }));
}

describe('a referral in inbox mode', () => {
  it('is in the inbox at once; Beacon’s email says only that it waits, with the reference and a link', async () => {
    const answers = validAnswers({ feelUnsafe: 'yes' });
    const reference = await refer(answers);
    expect(suite.fake.emails).toHaveLength(1);
    const email = suite.fake.emails[0]!;
    expect(email.subject).toBe(`Referral ${reference} is waiting in the Beacon inbox (feels unsafe now)`);
    expect(email.text).toContain(`${ORIGIN}/beacon-inbox/${reference}/`);
    expect(email.text).toContain('The person says they feel unsafe now');
    // Everything the person typed (the free-text answers), line by line: none of it is in the email.
    const typed = ['name', 'phone', 'description', 'bestTime', 'whenHappened', 'crimeReference'] as const;
    for (const field of typed) {
      const value = answers[field];
      for (const line of (typeof value === 'string' ? value : '').split('\n').filter((l) => l.length > 0)) {
        expect(email.text).not.toContain(line);
        expect(email.html).not.toContain(line);
      }
    }
    const list = await get('/beacon-inbox/', await asStaff());
    expect(list.status).toBe(200);
    expect(list.text).toContain(reference);
    expect(list.headers.get('Cache-Control')).toBe('no-store');
    expect(list.headers.get('X-Robots-Tag')).toContain('noindex');
  });

  it('is in the inbox even when the email cannot be sent, and the cron sends the notice later', async () => {
    suite.fake.setDown(true);
    const reference = await refer();
    suite.fake.setDown(false);
    expect(suite.fake.emails).toHaveLength(0);
    expect((await get('/beacon-inbox/', await asStaff())).text).toContain(reference);
    await runDeliveries(env(), Date.now() + 10 * 60_000);
    expect(suite.fake.emails.map((e) => e.subject)).toEqual([`Referral ${reference} is waiting in the Beacon inbox`]);
  });

  it('lists urgent ones first, then the newest', async () => {
    const urgent = await refer(validAnswers({ feelUnsafe: 'yes' }));
    const newer = await refer();
    const text = (await get('/beacon-inbox/', await asStaff())).text;
    expect(text.indexOf(urgent)).toBeGreaterThan(-1);
    expect(text.indexOf(urgent)).toBeLessThan(text.indexOf(newer));
  });
});

describe('a referral’s page', () => {
  it('shows the answers escaped, marks it opened and records who looked', async () => {
    const hostile = HOSTILE_STRINGS.find((s) => s.includes('<script')) ?? '<script>alert(1)</script>';
    const reference = await refer(validAnswers({ description: `${PERSONAL_DATA.description} ${hostile}` }));
    const page = await get(`/beacon-inbox/${reference}/`, await asStaff());
    expect(page.status).toBe(200);
    expect(page.text).toContain(PERSONAL_DATA.name);
    expect(page.text).not.toContain(hostile);
    expect(page.text).toContain('&lt;script');
    expect(page.text).toContain('Opened');
    expect(page.text).toContain(STAFF);
    expect(page.text).toContain('Text to copy into the case system');
    expect((await get('/beacon-inbox/', await asStaff())).text).toContain(STAFF);
  });

  it('changes status only from this site: contacted, then closed, each in the history', async () => {
    const reference = await refer();
    const crossSite = await post(reference, 'contacted', { ...(await asStaff()), Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const nullOrigin = await post(reference, 'contacted', {
      ...(await asStaff()),
      Origin: 'null',
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(nullOrigin.status).toBe(403);
    expect((await get(`/beacon-inbox/${reference}/`, await asStaff())).text).not.toContain('Marked contacted');
    const ok = await post(reference, 'contacted', { ...(await asStaff()), Origin: ORIGIN });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('Location')).toBe(`/beacon-inbox/${reference}/?changed=contacted`);
    expect((await post(reference, 'closed', { ...(await asStaff()), Origin: ORIGIN })).status).toBe(303);
    const page = await get(`/beacon-inbox/${reference}/`, await asStaff());
    expect(page.text).toContain('Marked contacted');
    expect(page.text).toContain('Marked closed');
    expect((await post(reference, 'deleted', { ...(await asStaff()), Origin: ORIGIN })).status).toBe(400);
  });

  it('opens answers sealed under the previous key', async () => {
    const oldKey = suite.env.REFERRAL_KEY ?? 'ZGV2ZWxvcG1lbnQtb25seS1yZWZlcnJhbC1rZXktMzI=';
    const reference = await refer(validAnswers(), { REFERRAL_KEY: oldKey });
    const newKey = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
    const page = await get(`/beacon-inbox/${reference}/`, await asStaff(), {
      REFERRAL_KEY: newKey,
      REFERRAL_KEY_PREVIOUS: oldKey,
    });
    expect(page.text).toContain(PERSONAL_DATA.name);
  });

  it('deletes the answers 30 days after closing, and after 90 days whatever happens; the record stays', async () => {
    const closed = await refer();
    const open = await refer();
    await post(closed, 'closed', { ...(await asStaff()), Origin: ORIGIN });
    expect(await deleteExpiredAnswers(suite.env.DB, Date.now() + 29 * DAY, 30 * DAY)).toEqual([]);
    expect(await deleteExpiredAnswers(suite.env.DB, Date.now() + 31 * DAY, 30 * DAY)).toEqual([closed]);
    expect(await deleteExpiredAnswers(suite.env.DB, Date.now() + 91 * DAY, 30 * DAY)).toEqual([open]);
    for (const reference of [closed, open]) {
      const page = await get(`/beacon-inbox/${reference}/`, await asStaff());
      expect(page.status).toBe(200);
      expect(page.text).not.toContain(PERSONAL_DATA.name);
      expect(page.text).toContain('Answers deleted');
    }
  });
});

describe('nothing left waiting', () => {
  it('reminds Beacon when nobody has opened a referral within one working day', async () => {
    const reference = await refer();
    suite.fake.reset();
    await runDeliveries(env(), Date.now() + 4 * DAY);
    expect(suite.fake.emails.map((e) => e.subject)).toEqual([`Reminder: referral ${reference} has not been opened`]);
    for (const personal of PERSONAL_STRINGS) {
      expect(suite.fake.emails[0]?.text).not.toContain(personal);
      expect(suite.fake.emails[0]?.html).not.toContain(personal);
    }
    await runDeliveries(env(), Date.now() + 5 * DAY);
    expect(suite.fake.emails).toHaveLength(1);
  });

  it('alerts the second channel, with the reference only, when the notice still fails after every retry', async () => {
    suite.fake.setDown(true);
    const reference = await refer();
    webhook.bodies.length = 0;
    await runDeliveries(env(), Date.now() + 2 * DAY);
    suite.fake.setDown(false);
    expect(webhook.bodies).toHaveLength(1);
    expect(webhook.bodies[0]).toContain(reference);
    for (const personal of PERSONAL_STRINGS) expect(webhook.bodies[0]).not.toContain(personal);
  });
});

describe('who may see the inbox', () => {
  const NOONE = async (headers: Record<string, string>, over: Over = {}) => {
    const reference = await refer();
    for (const path of ['/beacon-inbox/', `/beacon-inbox/${reference}/`]) {
      const page = await get(path, headers, over);
      expect([403, 503]).toContain(page.status);
      expect(page.text).not.toContain(reference === '' ? 'x' : PERSONAL_DATA.name);
      expect(page.text).not.toContain(reference);
    }
  };
  const header = (token: string) => ({ 'Cf-Access-Jwt-Assertion': token });
  const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

  it('refuses no token, and an email header alone', async () => {
    await NOONE({});
    await NOONE({ 'Cf-Access-Authenticated-User-Email': STAFF });
  });
  it('refuses a token with alg none', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: access.issuer, aud: [access.audience], email: STAFF, iat: now, exp: now + 600 };
    await NOONE(header(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`));
  });
  it('refuses a token signed by another key', async () => NOONE(header(await access.forge(STAFF))));
  it('refuses a token for another audience', async () =>
    NOONE(header(await access.token(STAFF, { aud: ['other-app'] }))));
  it('refuses a token from another issuer', async () =>
    NOONE(header(await access.token(STAFF, { iss: 'https://evil.cloudflareaccess.com' }))));
  it('refuses an expired token', async () =>
    NOONE(header(await access.token(STAFF, {}, Math.floor(Date.now() / 1000) - 60))));
  it('refuses a malformed token', async () => NOONE(header('not.a.token')));
  it('fails closed, 503, when a deployed Worker has no Access settings', async () => {
    const page = await get('/beacon-inbox/', await asStaff(), {
      ENVIRONMENT: 'production',
      ACCESS_TEAM_DOMAIN: undefined,
    });
    expect(page.status).toBe(503);
    await NOONE(await asStaff(), { ENVIRONMENT: 'production', ACCESS_AUD: undefined });
    // A fake issuer on loopback is for development only.
    expect((await get('/beacon-inbox/', await asStaff(), { ENVIRONMENT: 'production' })).status).toBe(503);
  });
  it('answers a guessed reference without a token with 403, and an unknown one with a token with 404', async () => {
    expect((await get('/beacon-inbox/BCN-AAAA-BBBB/', {})).status).toBe(403);
    expect((await get('/beacon-inbox/BCN-AAAA-BBBB/', await asStaff())).status).toBe(404);
  });
});

describe('the local signer (npm start)', () => {
  const local = { ACCESS_TEAM_DOMAIN: undefined, ACCESS_AUD: undefined } as Over;
  it('signs a developer in on loopback, and the inbox then opens with its cookie only', async () => {
    const reference = await refer();
    const form = new Request(`${ORIGIN}/__access/sign-in/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'dev@example.org' }),
    });
    const res = await signIn(pagesContext(form, env(local)));
    expect(res.status).toBe(303);
    const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    const list = await get('/beacon-inbox/', { Cookie: cookie }, local);
    expect(list.status).toBe(200);
    expect(list.text).toContain(reference);
    // Access's own token is not what this Worker trusts in this mode, and a deployed one has no signer at all.
    expect((await get('/beacon-inbox/', await asStaff(), local)).status).toBe(403);
  });
  it('does not exist on a deployed Worker or off loopback', async () => {
    const page = new Request(`${ORIGIN}/__access/sign-in/`);
    expect((await signInPage(pagesContext(page, env({ ...local, ENVIRONMENT: 'production' })))).status).toBe(404);
    const remote = new Request('https://beacon.example.org/__access/sign-in/');
    expect((await signInPage(pagesContext(remote, env(local)))).status).toBe(404);
  });
});
