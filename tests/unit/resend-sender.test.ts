import { afterEach, describe, expect, it, vi } from 'vitest';
import { resendSender, type ResendLike } from '../../src/lib/email/resend-sender.ts';

// The sender's own timeout, on vitest's fake timers: no test waits ten real seconds, and a slow machine
// can't make it fire early or late.

const message = { from: 'a@example.org', to: 'b@example.org', subject: 'Hello', text: 'Hello', html: '<p>Hello</p>' };

/** A client whose send never answers, recording the abort signal it was given. */
function silentClient(): ResendLike & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    signals,
    emails: {
      send: (_payload, options) => {
        if (options.signal) signals.push(options.signal);
        return new Promise(() => undefined);
      },
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the Resend sender', () => {
  it('gives up on a send with no answer after 10 seconds, aborting the request, and says it timed out', async () => {
    vi.useFakeTimers();
    const client = silentClient();
    let result: unknown;
    void resendSender(client)
      .send(message, 'key-1')
      .then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(result).toBeUndefined();
    expect(client.signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ ok: false, reason: 'timeout', detail: 'no answer within 10000 ms' });
    expect(client.signals[0]?.aborted).toBe(true);
  });

  it('takes a shorter timeout when given one', async () => {
    vi.useFakeTimers();
    const pending = resendSender(silentClient(), { timeoutMs: 400 }).send(message, 'key-2');
    await vi.advanceTimersByTimeAsync(400);
    expect(await pending).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('passes the idempotency key on every send and reads a 429’s Retry-After', async () => {
    const keys: string[] = [];
    const client: ResendLike = {
      emails: {
        send: (_payload, options) => {
          keys.push(options.idempotencyKey);
          return Promise.resolve({
            data: null,
            error: { name: 'rate_limit_exceeded', statusCode: 429 },
            headers: { 'retry-after': '3' },
          });
        },
      },
    };
    expect(await resendSender(client).send(message, 'key-3')).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds: 3,
    });
    expect(keys).toEqual(['key-3']);
  });
});
