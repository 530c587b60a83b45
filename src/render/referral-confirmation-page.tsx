import { renderToStaticMarkup } from 'react-dom/server.edge';
import { ReferralConfirmation } from '../components/referral/ReferralConfirmation.tsx';
import { confirmationFor, type StatusRecord } from '../lib/referral/confirmation.ts';
import { SafeHtml } from '../lib/web/html.ts';
import type { ShellFill } from '../lib/web/page-shell.ts';

/**
 * The confirmation page's content, for the confirmation function to put in the page shell: the decision
 * (confirmationFor, pure, in src/lib) rendered by the React component, to static HTML.
 */
export function referralConfirmationPage(
  reference: string | null,
  record: StatusRecord | null,
): { status: number; fill: ShellFill } {
  const { status, title, view } = confirmationFor(reference, record);
  return { status, fill: { title, main: new SafeHtml(renderToStaticMarkup(<ReferralConfirmation view={view} />)) } };
}
