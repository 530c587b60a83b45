import type { D1Like } from '../web/d1.ts';
import type { EmailMessage, EmailSender, SendResult } from './sender.ts';

/**
 * Development only: "sends" by writing to the `outbox` table of the local D1, honouring the idempotency key
 * as Resend does (the same key stores nothing new). `npm run outbox` prints the table.
 */
export function outboxSender(db: D1Like, now: () => number = Date.now): EmailSender {
  return {
    name: 'outbox',
    async send(message: EmailMessage, idempotencyKey: string): Promise<SendResult> {
      await db
        .prepare(
          `INSERT INTO outbox (idempotency_key, created_at, from_address, to_address, reply_to, subject, text_body, html_body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
        )
        .bind(
          idempotencyKey,
          now(),
          message.from,
          message.to,
          message.replyTo ?? null,
          message.subject,
          message.text,
          message.html,
        )
        .run();
      const row = await db
        .prepare('SELECT id FROM outbox WHERE idempotency_key = ?')
        .bind(idempotencyKey)
        .first<{ id: number }>();
      return row
        ? { ok: true, id: `outbox-${row.id}` }
        : { ok: false, reason: 'rejected', detail: 'outbox write lost' };
    },
  };
}
