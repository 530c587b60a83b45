import { describe, expect, it } from 'vitest';
import { onRequestPost } from '../../functions/api/referral.ts';
import { REFERENCE_PATTERN } from '../../src/lib/referral/reference.ts';
import { pagesContext } from '../support/platform.ts';
import { useReferralSuite } from '../support/referral-suite.ts';
import { formRequest, jsonRequest, validAnswers } from '../support/referral-fixtures.ts';

const suite = useReferralSuite();

/** Posts, then waits for the work the handler left running after its answer (the confirmation email). */
const post = async (request: Request, overrides: { [K in keyof Env]?: Env[K] | undefined } = {}): Promise<Response> => {
  const context = pagesContext(request, { ...suite.env, ...overrides } as Env);
  const res = await onRequestPost(context);
  await context.settled();
  return res;
};

describe('POST /api/referral with JSON', () => {
  it('answers 201 with a BCN reference and sends one email to Beacon', async () => {
    const res = await post(jsonRequest(validAnswers()));
    expect(res.status).toBe(201);
    const { reference } = await res.json<{ reference: string }>();
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(suite.fake.emails).toHaveLength(1);
    expect(suite.fake.emails[0]?.to).toEqual(['beacon-intake@example.org']);
    expect(suite.fake.emails[0]?.subject).toContain(reference);
    expect(suite.fake.requests[0]?.idempotencyKey).toMatch(/^referral-answers-[0-9a-f]{64}$/);
  });

  it('uses the submissionId as the idempotency key when given', async () => {
    const submissionId = crypto.randomUUID();
    expect((await post(jsonRequest(validAnswers({ submissionId })))).status).toBe(201);
    expect(suite.fake.requests[0]?.idempotencyKey).toBe(`referral-submission-${submissionId}`);
  });

  it('answers 400 with a message for each field in error', async () => {
    const res = await post(jsonRequest({ consent: 'no', contactMethod: 'email', email: 'not an email' }));
    expect(res.status).toBe(400);
    const body = await res.json<{ error: { message: string; fields: Record<string, string> } }>();
    expect(body.error.fields).toMatchObject({
      forWhom: 'Select who needs support',
      name: 'Enter your name',
      email: 'Enter an email address in the correct format, like name@example.com',
      consent: 'Tick the box to agree to send your answers to Beacon',
    });
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await post(jsonRequest('{"name": '));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: expect.any(String) as string } });
  });

  it('answers 413 for a body over 16 KB', async () => {
    const res = await post(jsonRequest(validAnswers({ description: 'x'.repeat(17 * 1024) })));
    expect(res.status).toBe(413);
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('answers 415 for a body that is neither JSON nor a form', async () => {
    const res = await post(jsonRequest('name=x', { 'Content-Type': 'text/plain' }));
    expect(res.status).toBe(415);
    const multipart = await post(jsonRequest('x', { 'Content-Type': 'multipart/form-data; boundary=x' }));
    expect(multipart.status).toBe(415);
  });

  it('answers 403 to a post from another site', async () => {
    const crossSite = await post(jsonRequest(validAnswers(), { 'Sec-Fetch-Site': 'cross-site' }));
    expect(crossSite.status).toBe(403);
    const otherOrigin = new Request(jsonRequest(validAnswers()), { headers: { Origin: 'https://evil.example' } });
    otherOrigin.headers.set('Content-Type', 'application/json');
    expect((await post(otherOrigin)).status).toBe(403);
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('answers 429 with Retry-After and Beacon’s number after 5 referrals in an hour from one client', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 5; i++) {
      expect((await post(jsonRequest(validAnswers(), { 'CF-Connecting-IP': ip }))).status).toBe(201);
    }
    const res = await post(jsonRequest(validAnswers(), { 'CF-Connecting-IP': ip }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(3500);
    const body = await res.json<{ error: { message: string } }>();
    expect(body.error.message).toContain('03000 11 55 55');
    expect(suite.fake.emails).toHaveLength(5);
  });

  it('answers 201 queued when Resend fails, keeping the sealed answers for the cron', async () => {
    suite.fake.next({ kind: 'error-500' });
    const res = await post(jsonRequest(validAnswers()));
    expect(res.status).toBe(201);
    const { reference, delivery } = await res.json<{ reference: string; delivery: string }>();
    expect(delivery).toBe('queued');
    const row = await suite.env.DB.prepare(
      `SELECT r.status, a.sealed FROM referrals r JOIN referral_answers a USING (idempotency_key) WHERE reference = ?`,
    )
      .bind(reference)
      .first<{ status: string; sealed: string }>();
    expect(row?.status).toBe('queued');
    expect(row?.sealed).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(row?.sealed).not.toContain('Winifred');
  });

  it('answers 201 queued when Resend drops the connection', async () => {
    suite.fake.next({ kind: 'drop' });
    const res = await post(jsonRequest(validAnswers()));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ delivery: 'queued' });
    expect(suite.fake.emails).toHaveLength(0);
  });

  it('answers 201 sent and deletes the sealed answers once Beacon’s copy is accepted', async () => {
    const res = await post(jsonRequest(validAnswers()));
    const { reference, delivery } = await res.json<{ reference: string; delivery: string }>();
    expect(delivery).toBe('sent');
    const row = await suite.env.DB.prepare(
      `SELECT status, message_id, (SELECT COUNT(*) FROM referral_answers a WHERE a.idempotency_key = r.idempotency_key) AS kept
       FROM referrals r WHERE reference = ?`,
    )
      .bind(reference)
      .first<{ status: string; message_id: string; kept: number }>();
    expect(row).toMatchObject({ status: 'sent', kept: 0 });
    expect(row?.message_id).toBe(suite.fake.emails.at(-1)?.id);
  });

  it('answers 503 when the referral cannot be stored (D1 down)', async () => {
    const broken = {
      prepare: suite.env.DB.prepare.bind(suite.env.DB),
      batch: () => Promise.reject(new Error('D1 is down')),
    } as unknown as D1Database;
    const res = await post(jsonRequest(validAnswers()), { DB: broken });
    expect(res.status).toBe(503);
    expect((await res.json<{ error: { message: string } }>()).error.message).toContain('03000 11 55 55');
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('answers 503 in production without REFERRAL_KEY', async () => {
    const res = await post(jsonRequest(validAnswers()), {
      ENVIRONMENT: 'production',
      RATE_LIMIT_SECRET: 'x',
      REFERRAL_KEY: undefined,
    });
    expect(res.status).toBe(503);
    expect(suite.logs.text()).toContain('REFERRAL_KEY');
  });

  it('answers 503 in production without an API key, logging the configuration error without personal data', async () => {
    const before = suite.logs.text().length;
    const res = await post(jsonRequest(validAnswers()), { ENVIRONMENT: 'production', RESEND_API_KEY: undefined });
    expect(res.status).toBe(503);
    expect(suite.logs.text().slice(before)).toContain('referral.configuration_error');
    expect(suite.logs.text().slice(before)).toContain('RESEND_API_KEY');
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('pretends success for a filled honeypot and sends nothing', async () => {
    const res = await post(jsonRequest({ ...validAnswers(), website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expect((await res.json<{ reference: string }>()).reference).toMatch(REFERENCE_PATTERN);
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('sets Reply-To to the person’s email and sends them a confirmation with only the reference', async () => {
    const answers = validAnswers({ contactMethod: 'email', email: 'Winifred.Testperson@Example.com' });
    const res = await post(jsonRequest(answers));
    const { reference } = await res.json<{ reference: string }>();
    const emails = suite.fake.emails;
    expect(emails).toHaveLength(2);
    expect(emails[0]?.replyTo).toEqual(['winifred.testperson@example.com']);
    const confirmation = emails[1]!;
    expect(confirmation.to).toEqual(['winifred.testperson@example.com']);
    expect(confirmation.text).toContain(reference);
    expect(confirmation.text + confirmation.html).not.toContain('Quentinbogus');
    expect(confirmation.text + confirmation.html).not.toContain('Winifred');
  });

  it('sends no confirmation email when it is not safe to leave a message', async () => {
    await post(jsonRequest(validAnswers({ contactMethod: 'email', email: 'w@example.com', safeToLeaveMessage: 'no' })));
    expect(suite.fake.emails).toHaveLength(1);
    expect(suite.fake.emails[0]?.to).toEqual(['beacon-intake@example.org']);
  });

  it('writes to the outbox table in development without an API key', async () => {
    const res = await post(jsonRequest(validAnswers()), { RESEND_API_KEY: undefined });
    expect(res.status).toBe(201);
    const { reference } = await res.json<{ reference: string }>();
    const row = await suite.env.DB.prepare('SELECT subject FROM outbox WHERE subject LIKE ?')
      .bind(`%${reference}%`)
      .first();
    expect(row).not.toBeNull();
    expect(suite.fake.requests).toHaveLength(0);
  });
});

describe('POST /api/referral as a plain form (no JavaScript)', () => {
  it('redirects with 303 to the confirmation page showing the reference', async () => {
    const res = await post(formRequest(validAnswers()));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(
      /^\/get-help\/refer-yourself-to-beacon\/confirmation\/\?reference=BCN-[0-9A-Z]{4}-[0-9A-Z]{4}$/,
    );
    expect(suite.fake.emails).toHaveLength(1);
  });

  it('shows the form again with an error summary and the answers kept', async () => {
    const res = await post(formRequest(validAnswers({ name: '', phone: '123' })));
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    const page = (await res.text()).replace(/\s+/g, ' ');
    expect(page).toContain('<title>Error: Ask Beacon for support');
    expect(page).toContain('There is a problem');
    expect(page).toContain('<a href="#name">Enter your name</a>');
    expect(page).toContain('<a href="#phone">Enter a phone number, like 01632 960 001 or 07700 900 982</a>');
    expect(page).toContain('value="123"');
    expect(page).toContain('id="whatHappened" name="whatHappened" checked="" value="doorstep"');
    expect(suite.fake.requests).toHaveLength(0);
  });

  it('still redirects to the confirmation when sending fails: the referral is stored and queued', async () => {
    suite.fake.next({ kind: 'error-500' });
    const res = await post(formRequest(validAnswers()));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/confirmation\/\?reference=BCN-/);
  });

  it('shows the form again, filled in, with Beacon’s number when the referral cannot be stored', async () => {
    const broken = { prepare: suite.env.DB.prepare.bind(suite.env.DB), batch: () => Promise.reject(new Error('down')) };
    const res = await post(formRequest(validAnswers()), { DB: broken as unknown as D1Database });
    expect(res.status).toBe(503);
    const page = await res.text();
    expect(page).toContain('could not take your answers just now');
    expect(page).toContain('03000 11 55 55');
    expect(page).toContain('value="07700 900 123"');
  });
});
