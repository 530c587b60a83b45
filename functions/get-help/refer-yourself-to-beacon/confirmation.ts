import { loadShell } from '../../../src/lib/web/page-shell.ts';
import { confirmationPage } from '../../../src/lib/referral/confirmation-html.ts';
import { consoleLogger } from '../../../src/lib/referral/deps.ts';
import { isReference } from '../../../src/lib/referral/reference.ts';
import { referralStatus } from '../../../src/lib/referral/records.ts';
import { shellPage } from '../../../src/lib/referral/shell-page.ts';

/**
 * GET /get-help/refer-yourself-to-beacon/confirmation/?reference=BCN-XXXX-XXXX — the page a referral ends on,
 * with or without JavaScript. It reads the referral's record (status and times only) and says what is true:
 * sent, queued since when, or not found.
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const reference = new URL(request.url).searchParams.get('reference') ?? '';
  const record = isReference(reference) ? await referralStatus(env.DB, reference) : null;
  const { status, fill } = confirmationPage(isReference(reference) ? reference : null, record);
  return shellPage(
    (path) => loadShell(env.ASSETS, request.url, path),
    fill,
    { status },
    (error) => {
      consoleLogger('error', 'referral.shell_missing', { error: error instanceof Error ? error.name : 'error' });
    },
  );
};
