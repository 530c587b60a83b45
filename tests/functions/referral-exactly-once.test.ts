import { Resend } from 'resend';
import { describe, expect, it } from 'vitest';
import { onRequestPost } from '../../functions/api/referral.ts';
import { resendSender } from '../../src/lib/email/resend-sender.ts';
import { handleReferralRequest } from '../../src/lib/referral/handler.ts';
import { referralSettings } from '../../src/lib/referral/settings.ts';
import { referralFormPage } from '../../src/render/referral-form-page.tsx';
import { pagesContext } from '../support/platform.ts';
import { useReferralSuite } from '../support/referral-suite.ts';
import { formRequest, jsonRequest, SHELL_HTML, validAnswers } from '../support/referral-fixtures.ts';
import { waitFor } from '../support/wait-for.ts';

const suite = useReferralSuite();

const post = async (request: Request): Promise<Response> => onRequestPost(pagesContext(request, suite.env));
const referenceOf = async (res: Response) => (await res.json<{ reference: string }>()).reference;
const beaconEmails = () => suite.fake.emails.filter((e) => e.to.includes('beacon-intake@example.org'));

/**
 * The real handler whose send gives up as soon as the fake provider has accepted the email (the answer that
 * never comes back), not after a timer: the sender's own 10 s limit is tested on fake timers
 * (tests/unit/resend-sender.test.ts), and here no timing decides the order of events.
 */
const postGivingUpOnceAccepted = (request: Request) =>
  handleReferralRequest(request, {
    db: suite.env.DB,
    sender: resendSender(new Resend('re_test_key', { baseUrl: suite.fake.url }), {
      giveUp: () => waitFor(() => beaconEmails().length > 0, 'the fake provider to accept the email'),
    }),
    settings: referralSettings(suite.env),
    log: () => undefined,
    loadShell: () => Promise.resolve(SHELL_HTML),
    renderForm: referralFormPage,
    concurrentWait: { pollMs: 20, maxWaitMs: 30_000 },
  });

describe('each referral reaches Beacon exactly once', () => {
  it('sends one email for a double click (the same submission twice)', async () => {
    const answers = validAnswers({ submissionId: crypto.randomUUID() });
    const first = await post(jsonRequest(answers));
    const second = await post(jsonRequest(answers));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await referenceOf(second)).toBe(await referenceOf(first));
    expect(beaconEmails()).toHaveLength(1);
  });

  it('sends one email for a double click on the no-JavaScript form', async () => {
    const answers = validAnswers();
    const first = await post(formRequest(answers));
    const second = await post(formRequest(answers));
    expect(second.headers.get('Location')).toBe(first.headers.get('Location'));
    expect(beaconEmails()).toHaveLength(1);
  });

  it('sends one email when the no-JavaScript form is sent either side of a deploy that adds a field', async () => {
    // The page's own submission id (the Worker puts one in each visit) keys the referral, not a hash of the
    // answers: a deploy that adds a field changes the answers as checked (the new field, blank), which is
    // what the second post's extra answer stands for here.
    const answers = validAnswers({ submissionId: crypto.randomUUID() });
    const first = await post(formRequest(answers));
    const second = await post(formRequest({ ...answers, bestTime: `${answers.bestTime ?? ''}, or evenings` }));
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get('Location')).toBe(first.headers.get('Location'));
    expect(beaconEmails()).toHaveLength(1);
  });

  it('keeps the submission id when the no-JavaScript form comes back with errors', async () => {
    const id = crypto.randomUUID();
    const res = await post(formRequest(validAnswers({ submissionId: id, name: '' })));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`name="submissionId" value="${id}"`);
  });

  it('takes the form as built, with a blank submission id, as a form without one', async () => {
    const res = await post(formRequest(validAnswers({ submissionId: '' })));
    expect(res.status).toBe(303);
  });

  it('sends one email for two concurrent posts of the same answers', async () => {
    const answers = validAnswers();
    suite.fake.next({ kind: 'delay', ms: 300 });
    const [a, b] = await Promise.all([post(jsonRequest(answers)), post(jsonRequest(answers))]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await referenceOf(a)).toBe(await referenceOf(b));
    expect(beaconEmails()).toHaveLength(1);
  });

  it('sends one email for ten concurrent posts of the same answers with no delay', async () => {
    const answers = validAnswers();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(jsonRequest(answers))));
    const references = new Set(await Promise.all(responses.map(referenceOf)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(references.size).toBe(1);
    expect(beaconEmails()).toHaveLength(1);
  });

  it('queues a referral the provider refused, and a retry by the person sends it once', async () => {
    const answers = validAnswers();
    suite.fake.next({ kind: 'error-500' });
    const first = await post(jsonRequest(answers));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ delivery: 'queued' });
    expect(beaconEmails()).toHaveLength(0);
    const retry = await post(jsonRequest(answers));
    expect(retry.status).toBe(201);
    expect(await retry.clone().json()).toMatchObject({ delivery: 'sent' });
    expect(beaconEmails()).toHaveLength(1);
    expect(suite.fake.requests.map((r) => r.idempotencyKey)).toEqual([
      suite.fake.requests[0]?.idempotencyKey,
      suite.fake.requests[0]?.idempotencyKey,
    ]);
  });

  it('sends one email for a retry after a timeout when the provider had in fact accepted it', async () => {
    const answers = validAnswers();
    suite.fake.next({ kind: 'hang' });
    const first = await postGivingUpOnceAccepted(jsonRequest(answers));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ delivery: 'queued' });
    expect(beaconEmails()).toHaveLength(1); // accepted, though the answer never came back
    const retry = await post(jsonRequest(answers));
    expect(retry.status).toBe(201);
    expect(suite.fake.requests).toHaveLength(2); // the retry reached Resend with the same key…
    expect(beaconEmails()).toHaveLength(1); // …and Resend sent nothing new
    expect(beaconEmails()[0]?.subject).toContain(await referenceOf(retry));
  });

  it('tells a concurrent duplicate the referral is queued when the first attempt fails, then one retry sends', async () => {
    const answers = validAnswers();
    suite.fake.next({ kind: 'hang' });
    const a = postGivingUpOnceAccepted(jsonRequest(answers));
    // The duplicate arrives while the first is with the provider: a condition, not a timer.
    await waitFor(() => suite.fake.requests.length === 1, 'the first post to reach the provider');
    const b = postGivingUpOnceAccepted(jsonRequest(answers));
    const [first, duplicate] = await Promise.all([a, b]);
    expect([first.status, duplicate.status]).toEqual([201, 201]);
    expect(await first.json()).toMatchObject({ delivery: 'queued' });
    // The duplicate waited for the first; if it only saw the row once that had failed, it took the queued
    // referral over and sent it at once, with the same key: either way there is one email.
    expect(['queued', 'sent']).toContain((await duplicate.json<{ delivery: string }>()).delivery);
    const retry = await post(jsonRequest(answers));
    expect(retry.status).toBe(201);
    expect(await retry.json()).toMatchObject({ delivery: 'sent' });
    expect(beaconEmails()).toHaveLength(1);
  });

  it('reclaims a referral left "sending" by a worker that died, and sends it once', async () => {
    const answers = validAnswers({ submissionId: crypto.randomUUID() });
    const key = `referral-submission-${answers.submissionId ?? ''}`;
    await suite.env.DB.prepare(
      "INSERT INTO referrals (idempotency_key, reference, status, created_at, updated_at, lease_until, window_started_at) VALUES (?, 'BCN-0000-0001', 'sending', 0, 0, 0, 0)",
    )
      .bind(key)
      .run();
    const res = await post(jsonRequest(answers));
    expect(res.status).toBe(201);
    expect(await referenceOf(res)).toBe('BCN-0000-0001');
    expect(beaconEmails()).toHaveLength(1);
  });
});

describe('HTML in the answers', () => {
  // Short enough for every field's limit (the reference number allows 50 characters).
  const attack = `<script>x</script><img src=y>"'&`;
  const escaped = '&lt;script&gt;x&lt;/script&gt;&lt;img src=y&gt;&quot;&#39;&amp;';
  const textFields = ['name', 'address', 'bestTime', 'description', 'whenHappened', 'crimeReference'] as const;

  it('arrives escaped in the email to Beacon for every text field', async () => {
    const answers = validAnswers({ contactMethod: 'post', postcode: 'SG1 1AA' });
    for (const field of textFields) answers[field] = `${field.slice(0, 3)}:${attack}`;
    expect((await post(jsonRequest(answers))).status).toBe(201);
    const email = beaconEmails()[0]!;
    expect(email.html).not.toMatch(/<script|<img/);
    for (const field of textFields) {
      expect(email.html).toContain(`${field.slice(0, 3)}:${escaped}`);
      expect(email.text).toContain(`${field.slice(0, 3)}:${attack}`);
    }
  });

  it('is escaped when the no-JavaScript form comes back with errors', async () => {
    const answers = validAnswers({ consent: '' });
    for (const field of textFields) answers[field] = `${attack}"><b>`;
    const page = await (await post(formRequest(answers))).text();
    expect(page).not.toContain('<script>x');
    expect(page).not.toContain('"><b>');
    // React writes the apostrophe as &#x27; (the email's renderer as &#39;): the same escaping.
    const escapedByReact = escaped.replace('&#39;', '&#x27;');
    expect(page).toContain(`value="${escapedByReact}&quot;&gt;&lt;b&gt;"`);
    expect(page).toContain(`>${escapedByReact}&quot;&gt;&lt;b&gt;</textarea>`);
  });
});
