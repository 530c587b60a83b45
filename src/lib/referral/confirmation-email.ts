import { html } from '../web/html.ts';
import { NEXT_STEPS } from './next-steps.ts';
import type { EmailMessage } from '../email/sender.ts';

/**
 * The short confirmation to the person: the reference and what happens next, and nothing about what
 * happened — someone else may read their inbox. Sent only when they chose email and said it is safe.
 */
export function confirmationEmail(to: string, reference: string, from: string): EmailMessage {
  const lines = [
    'Your request for support has been sent to Beacon.',
    `Your reference is ${reference}.`,
    NEXT_STEPS.bank,
    NEXT_STEPS.contact,
    NEXT_STEPS.sooner,
    NEXT_STEPS.danger,
  ];
  const body = html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>Your reference ${reference}</title>
      </head>
      <body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">
        ${lines.map((line) => html`<p>${line}</p> `)}
      </body>
    </html>`;
  return {
    from,
    to,
    subject: `Your reference: ${reference}`,
    text: lines.join('\n\n'),
    html: body.value,
  };
}
