import { loadShell, shellResponse } from '../../../src/lib/web/page-shell.ts';
import { consoleLogger } from '../../../src/lib/referral/deps.ts';
import { isReference } from '../../../src/lib/referral/reference.ts';
import { referralStatus } from '../../../src/lib/referral/records.ts';
import { REFERRAL_SHELL } from '../../../src/lib/referral/paths.ts';
import { referralConfirmationPage } from '../../../src/render/referral-confirmation-page.tsx';

/**
 * GET /get-help/refer-yourself-to-beacon/confirmation/?reference=BCN-XXXX-XXXX — the page a referral ends on,
 * with or without JavaScript. It reads the referral's record (status and times only) and says what is true:
 * sent, queued since when, or not found.
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const reference = new URL(request.url).searchParams.get('reference') ?? '';
  const record = isReference(reference) ? await referralStatus(env.DB, reference) : null;
  const { status, fill } = referralConfirmationPage(isReference(reference) ? reference : null, record);
  return shellResponse(() => loadShell(env.ASSETS, request.url, REFERRAL_SHELL), fill, {
    status,
    headers: { 'Cache-Control': 'no-store' },
    onShellMissing: (error) => {
      consoleLogger('error', 'referral.shell_missing', { error: error instanceof Error ? error.name : 'error' });
    },
  });
};
