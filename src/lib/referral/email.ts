import { CONTACTS } from '../contacts/contacts.ts';
import { html, SafeHtml } from '../web/html.ts';
import { askedFields } from './fields.ts';
import { displayAnswer, QUESTIONS } from './questions.ts';
import { SITE_NAME } from '../site.ts';
import type { Referral } from './schema.ts';
import type { EmailMessage } from '../email/sender.ts';

/**
 * The email to Beacon's intake: the reference in the subject, every answer in plain text and in HTML with
 * all of the person's words escaped. It must be the same bytes on every retry (the provider compares the
 * payload of a repeated idempotency key), so nothing here depends on the clock.
 */

/** Every question asked, in the form's order (follow-ups only where asked); empty optional ones "Not given". */
export function answerRows(referral: Referral): [label: string, value: string][] {
  return askedFields(referral).map((field) => [QUESTIONS[field].short, displayAnswer(field, referral)]);
}

function multiline(text: string): SafeHtml[] {
  return text.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br />${line}`));
}

function referralSubject(referral: Referral, reference: string): string {
  return `Self-referral ${reference}${referral.feelUnsafe === 'yes' ? ' (feels unsafe now)' : ''}`;
}

export function referralEmail(
  referral: Referral,
  reference: string,
  addresses: { from: string; to: string },
): EmailMessage {
  const unsafe = referral.feelUnsafe === 'yes';
  const urgent = unsafe ? 'The person says they feel unsafe now. Contact them as soon as you can.' : '';
  const onBehalf =
    referral.forWhom === 'someone-else' ? 'Someone filled in this form for the person who needs support.' : '';
  const answers = answerRows(referral);

  const text = [
    'Self-referral to Beacon',
    `Reference: ${reference}`,
    '',
    ...(urgent ? [urgent, ''] : []),
    ...(onBehalf ? [onBehalf, ''] : []),
    ...answers.map(([label, value]) => `${label}: ${value.includes('\n') ? `\n${value}\n` : value}`),
    '',
    `Sent from the "${SITE_NAME}" website. Beacon: ${CONTACTS.beacon.display}.`,
  ].join('\n');

  const body = html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>Self-referral ${reference}</title>
      </head>
      <body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">
        <h1 style="font-size:24px">Self-referral to Beacon</h1>
        <p>Reference: <strong>${reference}</strong></p>
        ${urgent ? html`<p style="border-left:6px solid #a0181a;padding-left:12px"><strong>${urgent}</strong></p>` : ''}
        ${onBehalf ? html`<p>${onBehalf}</p>` : ''}
        <table style="border-collapse:collapse" cellpadding="6">
          ${answers.map(
            ([label, value]) =>
              html`<tr>
                <th scope="row" style="text-align:left;vertical-align:top;border-bottom:1px solid #b1b4b6">${label}</th>
                <td style="vertical-align:top;border-bottom:1px solid #b1b4b6">${multiline(value)}</td>
              </tr> `,
          )}
        </table>
      </body>
    </html>`;

  return {
    from: addresses.from,
    to: addresses.to,
    ...(referral.contactMethod === 'email' ? { replyTo: referral.email } : {}),
    subject: referralSubject(referral, reference),
    text,
    html: body.value,
  };
}
