/**
 * How the referral handler sends email, whatever the transport: Resend in production, the D1 outbox in
 * development, a fake in tests. Every send carries an idempotency key: sending the same key twice must
 * deliver one email (Resend honours the key for 24 hours; the outbox keeps it for good).
 */

export interface EmailMessage {
  from: string;
  to: string;
  /** Where replies go: the person's own address when they gave one. */
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The outcome of a send. `detail` is for logs: it never holds personal data (only error names and codes).
 * `timeout` and `network` mean the provider may or may not have accepted the email; a retry with the same
 * key is safe either way.
 */
export type SendResult =
  | { ok: true; id: string }
  | {
      ok: false;
      /**
       * `rate-limited`: 429, try after `retryAfterSeconds`. `conflict`: the key was used with another payload
       * (Resend's 409 invalid_idempotent_request), so retrying can never succeed.
       */
      reason: 'timeout' | 'network' | 'rejected' | 'rate-limited' | 'conflict';
      detail: string;
      retryAfterSeconds?: number;
    };

export interface EmailSender {
  /** A name for logs: "resend" or "outbox". */
  readonly name: string;
  send(message: EmailMessage, idempotencyKey: string): Promise<SendResult>;
}
