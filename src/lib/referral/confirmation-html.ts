import { numberWithHoursHtml } from '../contacts/html.ts';
import { html, type SafeHtml } from '../web/html.ts';
import type { ShellFill } from '../web/page-shell.ts';
import { BEACON_REPLY_TIME } from './next-steps.ts';
import { REFERRAL_PAGE } from './paths.ts';
import type { ReferralStatus } from './records.ts';

/**
 * The confirmation page's content (filled into the build-time shell by the confirmation function): what is
 * true for this reference — sent, or received and still being sent, or not found — what happens next, and
 * what to do in danger now.
 */

export interface StatusRecord {
  status: ReferralStatus;
  createdAt: number;
}

/** "3:05pm on Tuesday 1 December", in UK time. */
export function ukTime(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const clock = `${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replace(/\s/g, '')}`;
  return `${clock} on ${part('weekday')} ${part('day')} ${part('month')}`;
}

/** The page for a reference (null when the address has none, or a mangled one) and its record. */
export function confirmationPage(
  reference: string | null,
  record: StatusRecord | null,
): { status: number; fill: ShellFill } {
  if (!reference) return { status: 400, fill: { title: 'We cannot show this page', main: noReferenceHtml() } };
  if (!record) return { status: 404, fill: { title: 'We cannot find this reference', main: unknownReferenceHtml() } };
  if (record.status === 'sent') {
    return { status: 200, fill: { title: 'Your answers have been sent to Beacon', main: confirmationHtml(reference) } };
  }
  const title = record.status === 'stopped' ? 'We have your answers' : 'Beacon will get your answers';
  return { status: 200, fill: { title, main: queuedHtml(reference, record) } };
}

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

function otherHelp(): SafeHtml {
  return html`<h2>If you are in danger now</h2>
    <p>Call ${tel('emergency')}.</p>
    <h2>Other help</h2>
    <ul>
      <li>Report a scam or fraud to Report Fraud on ${tel('report-fraud')}.</li>
      <li>Victim Support is free and open day and night: ${tel('victim-support')}.</li>
      <li><a href="/get-help/">More ways to get help</a></li>
    </ul>`;
}

/** Stored, not yet accepted by the email provider: the cron keeps trying (or, when stopped, a person will). */
function queuedHtml(reference: string, record: StatusRecord): SafeHtml {
  const stopped = record.status === 'stopped';
  return html`<div class="panel-confirm">
      <h1>${stopped ? 'We have your answers' : 'Beacon will get your answers'}</h1>
      <p>Your reference</p>
      <strong>${reference}</strong>
    </div>
    <div class="prose">
      <p>We got your answers at ${ukTime(record.createdAt)}. Write your reference down, or keep this page.</p>
      ${
        stopped
          ? html`<p>
              We have not been able to send them to Beacon yet. Please call Beacon on ${tel('beacon')} and give them
              your reference.
            </p>`
          : html`<p>
                We are sending them to Beacon. This can take a little while. You do not need to fill in the form again.
              </p>
              <p>If you need to talk to Beacon sooner, call ${tel('beacon')}.</p>`
      }
      <h2>What happens next</h2>
      <p>Beacon will read your answers and get in touch ${BEACON_REPLY_TIME}, in the way you chose.</p>
      <p>
        If you chose email and said it is safe to leave a message, we will send you a short email with your reference
        once Beacon has your answers. It does not say what happened.
      </p>
      ${otherHelp()}
    </div>`;
}

/** A well-formed reference we have no record of: it was never made, or the link was mistyped. */
function unknownReferenceHtml(): SafeHtml {
  return html`<div class="prose">
    <h1>We cannot find this reference</h1>
    <p>We have no answers with the reference in this link. Check the link, or the reference you wrote down.</p>
    <p>
      If you filled in the form, your answers may not have reached us. Call Beacon on ${tel('beacon')}, or
      <a href="${REFERRAL_PAGE}">fill in the form again</a>.
    </p>
  </div>`;
}

/** When the address has no reference (or a mangled one). */
export function noReferenceHtml(): SafeHtml {
  return html`<div class="prose">
    <h1>We cannot show this page</h1>
    <p>This page shows the reference for answers sent to Beacon, but the link has no reference in it.</p>
    <p>
      If you are not sure your answers reached Beacon, call Beacon on ${tel('beacon')}, or
      <a href="${REFERRAL_PAGE}">fill in the form again</a>.
    </p>
  </div>`;
}
