import { renderToStaticMarkup } from 'react-dom/server.edge';
import { ErrorSummary } from '../components/ui/ErrorSummary.tsx';
import { ReferralForm } from '../components/referral/ReferralForm.tsx';
import { summaryErrors } from '../lib/referral/summary-errors.ts';
import type { FormState } from '../lib/referral/form-state.ts';
import { SafeHtml } from '../lib/web/html.ts';

/**
 * The referral form shown again without JavaScript (a form post that failed), rendered from the island's
 * own question components to static HTML (react-dom/server.edge runs in workerd and in Node) for the
 * handler to put in the page shell. Outside src/lib on purpose: src/lib stays free of React, so the
 * handler is given this function (HandlerDeps.renderForm).
 */
export function referralFormPage(state: FormState): SafeHtml {
  return new SafeHtml(
    renderToStaticMarkup(
      <>
        <h1>Ask Beacon for support</h1>
        <ErrorSummary errors={summaryErrors(state.fields, (field) => `#${field}`)} problem={state.problem} autoFocus />
        <h2>Your answers</h2>
        <ReferralForm answers={state.answers} errors={state.fields} />
      </>,
    ),
  );
}
