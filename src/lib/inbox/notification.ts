import { SITE_NAME } from '../site.ts';
import { html } from '../web/html.ts';
import type { EmailMessage } from '../email/sender.ts';

/**
 * The email that tells Beacon a referral is waiting (REFERRAL_DELIVERY=inbox). It carries nothing the person
 * wrote: the reference, when it came, whether they said they feel unsafe now (also in the subject), and the
 * link to the inbox, where staff sign in. Same bytes on every retry: the time is the referral's, not now.
 */

export interface Waiting {
  reference: string;
  receivedAt: number;
  urgent: boolean;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function receivedText(at: number): string {
  return LONDON.format(new Date(at)).replace(' at ', ', ');
}

export function inboxLink(siteUrl: string, reference: string): string {
  return `${new URL(siteUrl).origin}/beacon-inbox/${reference}/`;
}

export function inboxNotification(
  waiting: Waiting,
  settings: { from: string; to: string; siteUrl: string },
  kind: 'new' | 'reminder' = 'new',
): EmailMessage {
  const { reference, urgent } = waiting;
  const unsafe = urgent ? ' (feels unsafe now)' : '';
  const subject =
    kind === 'new'
      ? `Referral ${reference} is waiting in the Beacon inbox${unsafe}`
      : `Reminder: referral ${reference} has not been opened${unsafe}`;
  const link = inboxLink(settings.siteUrl, reference);
  const lines = [
    kind === 'new'
      ? 'A self-referral is waiting in the Beacon inbox.'
      : 'A self-referral has waited a working day in the Beacon inbox without being opened.',
    '',
    `Reference: ${reference}`,
    `Received: ${receivedText(waiting.receivedAt)}`,
    ...(urgent ? ['', 'The person says they feel unsafe now. Contact them as soon as you can.'] : []),
    '',
    `Open it (sign in with your work email): ${link}`,
    '',
    `This email holds none of the person's answers. Sent by the "${SITE_NAME}" website.`,
  ];
  const body = html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>${subject}</title>
      </head>
      <body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5">
        <p>${lines[0] ?? ''}</p>
        <p>Reference: <strong>${reference}</strong><br />Received: ${receivedText(waiting.receivedAt)}</p>
        ${
          urgent
            ? html`<p style="border-left:6px solid #a0181a;padding-left:12px">
                <strong>The person says they feel unsafe now. Contact them as soon as you can.</strong>
              </p>`
            : ''
        }
        <p><a href="${link}">Open referral ${reference}</a> (sign in with your work email).</p>
        <p>This email holds none of the person's answers.</p>
      </body>
    </html>`;
  return { from: settings.from, to: settings.to, subject, text: lines.join('\n'), html: body.toString() };
}
