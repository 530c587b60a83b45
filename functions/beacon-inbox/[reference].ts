import { consoleLogger } from '../../src/lib/referral/deps.ts';
import { open } from '../../src/lib/referral/delivery/seal.ts';
import { answerRows } from '../../src/lib/referral/email.ts';
import { isReference } from '../../src/lib/referral/reference.ts';
import { readSealedAnswers } from '../../src/lib/referral/sealed-answers.ts';
import { referralSettings } from '../../src/lib/referral/settings.ts';
import { identifyCaller } from '../../src/lib/inbox/guard.ts';
import { inboxRefusal, referralPage } from '../../src/lib/inbox/pages.ts';
import { INBOX_HEADERS, inboxPage, isSameOrigin } from '../../src/lib/inbox/respond.ts';
import { changeStatus, STATUS_CHANGES, viewReferral, type StatusChange } from '../../src/lib/inbox/store.ts';

/**
 * GET /beacon-inbox/REFERENCE/ — one referral's answers, opened from their seal for a signed-in staff member,
 * with its status and history; every view is recorded. POST (from its own buttons) marks it contacted or
 * closed, then 303 back. Who is asking is checked first, before the reference is even looked at.
 */
type Context = EventContext<Env, string, Record<string, unknown>>;

const shellMissing = (error: unknown) => {
  consoleLogger('error', 'inbox.shell_missing', { error: error instanceof Error ? error.name : 'error' });
};

async function show({ request, env, params }: Context, changed?: StatusChange): Promise<Response> {
  const caller = await identifyCaller(request, env);
  if (!caller.ok) {
    consoleLogger('warn', 'inbox.refused', { status: caller.status, reason: caller.reason });
    return inboxPage(env.ASSETS, request.url, caller.status, inboxRefusal(caller.status), shellMissing);
  }
  const reference = decodeURIComponent(String(params['reference'] ?? ''));
  const settings = referralSettings(env);
  if ('missing' in settings) return inboxPage(env.ASSETS, request.url, 503, inboxRefusal(503), shellMissing);
  const found = isReference(reference) ? await viewReferral(env.DB, reference, caller.email, Date.now()) : null;
  if (!found) return inboxPage(env.ASSETS, request.url, 404, inboxRefusal(404), shellMissing);
  let answers: [string, string][] | null = null;
  if (found.sealed) {
    const opened = await open(settings.referralKeys, found.entry.key, found.sealed);
    const checked = opened.ok ? readSealedAnswers(opened.plaintext) : opened;
    if (checked.ok) answers = answerRows(checked.referral);
    else consoleLogger('error', 'inbox.unseal_failed', { reference, reason: checked.reason });
  }
  consoleLogger('info', 'inbox.viewed', { reference });
  const fill = referralPage({
    entry: found.entry,
    answers,
    audit: found.audit,
    staff: caller.email,
    ...(changed ? { changed } : {}),
  });
  return inboxPage(env.ASSETS, request.url, 200, fill, shellMissing);
}

export const onRequestGet: PagesFunction<Env> = (context) => {
  const changed = new URL(context.request.url).searchParams.get('changed');
  return show(
    context,
    STATUS_CHANGES.find((s) => s === changed),
  );
};

export const onRequestPost: PagesFunction<Env> = async ({ request, env, params }) => {
  if (!isSameOrigin(request)) {
    consoleLogger('warn', 'inbox.cross_site_post', {});
    return new Response('This form must be sent from the Beacon inbox itself.', {
      status: 403,
      headers: INBOX_HEADERS,
    });
  }
  const caller = await identifyCaller(request, env);
  if (!caller.ok)
    return new Response('Sign in to the Beacon inbox first.', { status: caller.status, headers: INBOX_HEADERS });
  const reference = decodeURIComponent(String(params['reference'] ?? ''));
  const form = await request.formData().catch(() => null);
  const status = STATUS_CHANGES.find((s) => s === form?.get('status'));
  if (!isReference(reference)) return new Response('No such referral.', { status: 404, headers: INBOX_HEADERS });
  if (!status) return new Response('Choose "contacted" or "closed".', { status: 400, headers: INBOX_HEADERS });
  const changed = await changeStatus(env.DB, reference, status, caller.email, Date.now());
  if (!changed) return new Response('No such referral.', { status: 404, headers: INBOX_HEADERS });
  consoleLogger('info', 'inbox.status_changed', { reference, status });
  return new Response(null, {
    status: 303,
    headers: { Location: `/beacon-inbox/${reference}/?changed=${status}`, ...INBOX_HEADERS },
  });
};
