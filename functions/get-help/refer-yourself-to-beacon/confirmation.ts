import { confirmationHtml, noReferenceHtml } from '../../../src/lib/referral/confirmation-html.ts';
import { consoleLogger } from '../../../src/lib/referral/deps.ts';
import { loadShell } from '../../../src/lib/page-shell.ts';
import { isReference } from '../../../src/lib/referral/reference.ts';
import { shellPage } from '../../../src/lib/referral/shell-page.ts';

/**
 * GET /get-help/refer-yourself-to-beacon/confirmation/?reference=BCN-XXXX-XXXX — the page a referral ends on,
 * with or without JavaScript. It only checks the reference's format: it never says whether one exists.
 */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) => {
  const reference = new URL(request.url).searchParams.get('reference') ?? '';
  const valid = isReference(reference);
  return shellPage(
    (path) => loadShell(env.ASSETS, request.url, path),
    valid
      ? { title: 'Your answers have been sent to Beacon', main: confirmationHtml(reference) }
      : { title: 'We cannot show this page', main: noReferenceHtml() },
    { status: valid ? 200 : 400 },
    (error) => {
      consoleLogger('error', 'referral.shell_missing', { error: error instanceof Error ? error.name : 'error' });
    },
  );
};
