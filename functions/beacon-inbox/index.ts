import { consoleLogger } from '../../src/lib/referral/deps.ts';
import { identifyCaller } from '../../src/lib/inbox/guard.ts';
import { inboxListPage, inboxRefusal } from '../../src/lib/inbox/pages.ts';
import { inboxPage } from '../../src/lib/inbox/respond.ts';
import { listInbox } from '../../src/lib/inbox/store.ts';

/**
 * GET /beacon-inbox/ — Beacon's list of referrals (contract: DESIGN.md "Beacon inbox"), for a staff member
 * signed in through Cloudflare Access; the token is checked on this request like every other.
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const shellMissing = (error: unknown) => {
    consoleLogger('error', 'inbox.shell_missing', { error: error instanceof Error ? error.name : 'error' });
  };
  const caller = await identifyCaller(request, env);
  if (!caller.ok) {
    consoleLogger('warn', 'inbox.refused', { status: caller.status, reason: caller.reason });
    return inboxPage(env.ASSETS, request.url, caller.status, inboxRefusal(caller.status), shellMissing);
  }
  const entries = await listInbox(env.DB);
  return inboxPage(env.ASSETS, request.url, 200, inboxListPage(entries, caller.email), shellMissing);
};
