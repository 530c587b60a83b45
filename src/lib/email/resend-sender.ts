import type { EmailMessage, EmailSender, SendResult } from './sender.ts';

/**
 * An EmailSender over the Resend SDK's `emails.send` (a structural type, so this file needs no import of the
 * SDK and tests can hand in a client pointed at the local fake). The SDK answers `{ data, error }` and does
 * not throw; it passes `signal` to fetch, and we also race a timer in case a version stops doing so.
 */

export interface ResendLike {
  emails: {
    send(
      payload: { from: string; to: string; replyTo?: string; subject: string; text: string; html: string },
      options: { idempotencyKey: string; signal?: AbortSignal },
    ): Promise<{
      data: { id: string } | null;
      error: { name?: string; statusCode?: number | null; message?: string } | null;
      headers?: Record<string, string> | null;
    }>;
  };
}

const DEFAULT_SEND_TIMEOUT_MS = 10_000;

export interface ResendSenderOptions {
  /** How long a send may go unanswered before it counts as failed (and is retried with the same key). */
  timeoutMs?: number;
  /**
   * Resolves when a send has waited long enough; `settled` aborts once the send is over. A timer by default;
   * tests hand in a condition instead ("the provider has the email"), so no timing decides what happens.
   */
  giveUp?: (timeoutMs: number, settled: AbortSignal) => Promise<void>;
}

function timer(ms: number, settled: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const id = setTimeout(resolve, ms);
    settled.addEventListener('abort', () => {
      clearTimeout(id);
    });
  });
}

export function resendSender(
  client: ResendLike,
  { timeoutMs = DEFAULT_SEND_TIMEOUT_MS, giveUp = timer }: ResendSenderOptions = {},
): EmailSender {
  return {
    name: 'resend',
    async send(message: EmailMessage, idempotencyKey: string): Promise<SendResult> {
      const controller = new AbortController();
      const settled = new AbortController();
      const timedOut = giveUp(timeoutMs, settled.signal).then(() => {
        controller.abort();
        return 'timeout' as const;
      });
      try {
        const result = await Promise.race([
          client.emails.send(message, { idempotencyKey, signal: controller.signal }),
          timedOut,
        ]);
        if (result === 'timeout' || controller.signal.aborted) {
          return { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` };
        }
        if (result.error || !result.data?.id) {
          // Only the error's name and status: Resend's messages can quote the addresses sent.
          const status = result.error?.statusCode ?? null;
          const name = result.error?.name ?? 'no_id_returned';
          const detail = `${name} (${String(status)})`;
          if (status === 429) {
            const retryAfter = Number(result.headers?.['retry-after']);
            return { ok: false, reason: 'rate-limited', detail, retryAfterSeconds: retryAfter > 0 ? retryAfter : 1 };
          }
          if (status === 409 && name === 'invalid_idempotent_request') return { ok: false, reason: 'conflict', detail };
          return { ok: false, reason: status === null ? 'network' : 'rejected', detail };
        }
        return { ok: true, id: result.data.id };
      } catch (error) {
        return { ok: false, reason: 'network', detail: error instanceof Error ? error.name : 'unknown error' };
      } finally {
        settled.abort();
      }
    },
  };
}
