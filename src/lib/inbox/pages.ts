import { html, SafeHtml } from '../web/html.ts';
import type { ShellFill } from '../web/page-shell.ts';
import { receivedText } from './notification.ts';
import type { AuditEntry, InboxEntry, InboxStatus, StatusChange } from './store.ts';

/** The inbox's pages, for Beacon's staff only. Everything the person wrote goes through html`` (escaped). */

const STATUS_NAMES: Record<InboxStatus, string> = {
  new: 'New',
  opened: 'Opened',
  contacted: 'Contacted',
  closed: 'Closed',
};
const ACTION_NAMES: Record<string, string> = {
  viewed: 'Viewed',
  contacted: 'Marked contacted',
  closed: 'Marked closed',
  'answers-deleted': 'Answers deleted (retention)',
  reminded: 'Reminder sent: not opened within a working day',
  alerted: 'Alert sent: the email notification failed',
};

function statusTag(status: InboxStatus): SafeHtml {
  return html`<strong class="tag tag--${status}">${STATUS_NAMES[status]}</strong>`;
}

function touched(entry: InboxEntry): SafeHtml {
  if (!entry.touchedBy || entry.touchedAt === null) return html`Nobody yet`;
  return html`${entry.touchedBy}, ${receivedText(entry.touchedAt)}`;
}

export function inboxListPage(entries: InboxEntry[], staff: string): ShellFill {
  const rows = entries.map(
    (e) =>
      html`<tr>
        <td>
          <a href="/beacon-inbox/${e.reference}/">${e.reference}</a>
          ${e.urgent && e.status !== 'closed' ? html`<br /><strong class="tag tag--urgent">Feels unsafe now</strong>` : ''}
        </td>
        <td>${receivedText(e.receivedAt)}</td>
        <td>${statusTag(e.status)}</td>
        <td>${touched(e)}</td>
      </tr>`,
  );
  const main = html`<h1>Beacon inbox</h1>
    <p>Signed in as ${staff}. People who feel unsafe now come first, then the newest.</p>
    ${
      entries.length === 0
        ? html`<p>No referrals yet.</p>`
        : html`<table class="inbox-table">
            <caption class="visually-hidden">
              Referrals
            </caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Received</th>
                <th scope="col">Status</th>
                <th scope="col">Last looked at or changed by</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
    }`;
  return { title: 'Beacon inbox', main };
}

export interface ReferralView {
  entry: InboxEntry;
  /** The answers as label and value, or null once they have been deleted. */
  answers: [label: string, value: string][] | null;
  audit: AuditEntry[];
  staff: string;
  /** A status just changed, to confirm at the top. */
  changed?: StatusChange;
}

function statusButtons(reference: string, status: InboxStatus): SafeHtml {
  const button = (to: StatusChange, label: string, secondary: boolean) =>
    html`<form method="post" action="/beacon-inbox/${reference}/" class="inline-form">
      <input type="hidden" name="status" value="${to}" />
      <button type="submit" class="${secondary ? 'button button--secondary' : 'button'}">${label}</button>
    </form>`;
  return html`<div class="no-print button-group">
    ${status === 'contacted' || status === 'closed' ? '' : button('contacted', 'Mark as contacted', false)}
    ${status === 'closed' ? '' : button('closed', 'Mark as closed', status !== 'contacted')}
  </div>`;
}

function plainTextAnswers(reference: string, entry: InboxEntry, answers: [string, string][]): string {
  return [
    `Beacon self-referral ${reference}`,
    `Received: ${receivedText(entry.receivedAt)}`,
    ...(entry.urgent ? ['The person says they feel unsafe now.'] : []),
    '',
    ...answers.map(([label, value]) => `${label}: ${value}`),
  ].join('\n');
}

export function referralPage(view: ReferralView): ShellFill {
  const { entry, answers, audit } = view;
  const confirmation = view.changed
    ? html`<div class="notice notice--success" role="status">
        <p>Marked as ${view.changed}.</p>
      </div>`
    : '';
  const answersBlock = answers
    ? html`<h2>Their answers</h2>
        <dl class="summary-list">
          ${answers.map(
            ([label, value]) =>
              html`<div>
                <dt>${label}</dt>
                <dd class="referral-answer">${value}</dd>
              </div>`,
          )}
        </dl>
        <div class="no-print">
          <h2><label for="case-text">Text to copy into the case system</label></h2>
          <textarea id="case-text" class="case-text" readonly rows="${String(Math.min(24, answers.length + 5))}">
${plainTextAnswers(entry.reference, entry, answers)}</textarea>
        </div>`
    : html`<p>
        The answers were deleted ${entry.answersDeletedAt ? receivedText(entry.answersDeletedAt) : ''}, as the privacy
        notice says. The reference, times, status and history stay.
      </p>`;
  const main = html`<p class="no-print"><a href="/beacon-inbox/">Back to the inbox</a></p>
    ${confirmation}
    <h1>Referral ${entry.reference}</h1>
    <p>Received ${receivedText(entry.receivedAt)}. Status: ${statusTag(entry.status)}</p>
    ${
      entry.urgent
        ? html`<div class="callout callout--warning">
            <p><strong>The person says they feel unsafe now.</strong> Contact them as soon as you can.</p>
          </div>`
        : ''
    }
    ${statusButtons(entry.reference, entry.status)} ${answersBlock}
    <h2>History</h2>
    <table class="inbox-table">
      <caption class="visually-hidden">
        Who looked at or changed this referral
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        ${audit.map(
          (a) =>
            html`<tr>
              <td>${receivedText(a.at)}</td>
              <td>${a.actor}</td>
              <td>${ACTION_NAMES[a.action] ?? a.action}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="no-print">To print this page, use your browser's Print (Ctrl+P).</p>`;
  return { title: `Referral ${entry.reference}`, main };
}

export function inboxRefusal(status: 403 | 503 | 404): ShellFill {
  if (status === 503)
    return {
      title: 'The inbox is not set up',
      main: html`<h1>The inbox is not set up</h1>
        <p>The Beacon inbox cannot check who you are yet. Tell the site’s developer.</p>`,
    };
  if (status === 404)
    return {
      title: 'Referral not found',
      main: html`<h1>Referral not found</h1>
        <p>There is no referral with that reference. <a href="/beacon-inbox/">Go to the inbox</a>.</p>`,
    };
  return {
    title: 'Sign in to the Beacon inbox',
    main: html`<h1>Sign in to the Beacon inbox</h1>
      <p>
        This page is for Beacon’s staff. Open it from the link in Beacon’s email, and sign in with your work email.
      </p>`,
  };
}
