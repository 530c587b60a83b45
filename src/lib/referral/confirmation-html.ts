import { numberWithHoursHtml } from '../contact-html.ts';
import { html, type SafeHtml } from '../html.ts';
import { BEACON_REPLY_TIME } from './next-steps.ts';
import { REFERRAL_PAGE } from './paths.ts';

/**
 * The confirmation page's content (filled into the build-time shell by the confirmation function): the
 * reference, what happens next and when, and what to do in danger now.
 */

const tel = (id: 'beacon' | 'emergency' | 'report-fraud' | 'victim-support'): SafeHtml => numberWithHoursHtml(id);

export function confirmationHtml(reference: string): SafeHtml {
  return html`<div class="panel-confirm">
      <h1>Your answers have been sent to Beacon</h1>
      <p>Your reference</p>
      <strong>${reference}</strong>
    </div>
    <div class="prose">
      <p>Write your reference down, or keep this page. Give it if you contact Beacon about this.</p>
      <h2>What happens next</h2>
      <p>Beacon will read your answers and get in touch ${BEACON_REPLY_TIME}, in the way you chose.</p>
      <p>
        If you chose email and said it is safe to leave a message, we have sent you a short email with your reference.
        It does not say what happened.
      </p>
      <p>If you want to talk to Beacon sooner, call ${tel('beacon')}.</p>
      <h2>If you are in danger now</h2>
      <p>Call ${tel('emergency')}.</p>
      <h2>Other help</h2>
      <ul>
        <li>Report a scam or fraud to Report Fraud on ${tel('report-fraud')}.</li>
        <li>Victim Support is free and open day and night: ${tel('victim-support')}.</li>
        <li><a href="/get-help/">More ways to get help</a></li>
      </ul>
    </div>`;
}

/** When the address has no reference (or a mangled one). */
export function noReferenceHtml(): SafeHtml {
  return html`<div class="prose">
    <h1>We cannot show this page</h1>
    <p>This page shows the reference for answers sent to Beacon, but the link has no reference in it.</p>
    <p>
      If you have sent your answers, Beacon has them. If you are not sure, you can
      <a href="${REFERRAL_PAGE}">fill in the form again</a> or call Beacon on ${tel('beacon')}.
    </p>
  </div>`;
}
