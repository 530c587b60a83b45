// A local fake of Resend's `POST /emails` on 127.0.0.1, for function tests, Playwright and the benchmark.
// It records every request, keeps an "inbox" of accepted emails, and honours Idempotency-Key as Resend
// does: a repeated key with the same payload returns the first answer and sends nothing new; with another
// payload it is a 409; while the first is still being processed, a 409 too. On demand it answers 500,
// hangs (after accepting the email, as when a provider's answer is lost), accepts then drops the connection,
// drops the connection before accepting, stalls (never answers, never accepts), or delays. It can also be
// down (500 to everything new) for a while, and enforce a rate limit like Resend's (429 + Retry-After), or
// answer the next requests 429 whatever their timing. The limit is enforced on a clock the caller may
// give (a test's simulated clock, the same one the cron paces itself by), so it holds on a starved machine.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

type Behaviour =
  | { kind: 'ok' }
  | { kind: 'error-500' }
  | { kind: 'hang' }
  | { kind: 'drop' }
  | { kind: 'accept-drop' }
  | { kind: 'stall' }
  | { kind: 'delay'; ms: number }
  /** 429 with Retry-After, as if over the limit, whatever the timing (nothing is accepted). */
  | { kind: 'rate-limited'; retryAfterSeconds: number };

interface RecordedEmail {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string;
}

interface RecordedRequest {
  /** When it arrived, on the fake's clock (ms). */
  at: number;
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: string;
}

interface StoredAnswer {
  payloadHash: string;
  status: number;
  body: string;
  done: boolean;
}

export interface FakeResend {
  /** The base URL to give the SDK (RESEND_BASE_URL). */
  url: string;
  /** Emails accepted: what would have reached inboxes. */
  emails: RecordedEmail[];
  /** Every request received, accepted or not. */
  requests: RecordedRequest[];
  /** Queues behaviours for the next new (non-replayed) requests; after them, `ok`. */
  next(...behaviours: Behaviour[]): void;
  /** While down, every new request answers 500 (replays of accepted keys still answer, as Resend's would). */
  setDown(down: boolean): void;
  /** At most `perSecond` requests in any one second of the clock, else 429 with Retry-After (null: no limit). */
  setRateLimit(perSecond: number | null): void;
  /** Requests answered 429 so far. */
  rateLimited(): number;
  reset(): void;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
};

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      resolve(body);
    });
    req.on('error', reject);
  });
}

export interface FakeResendOptions {
  /** The clock the rate limit and `requests[].at` use (ms); the real one unless a test simulates time. */
  clock?: () => number;
}

export async function startFakeResend({ clock = Date.now }: FakeResendOptions = {}): Promise<FakeResend> {
  const emails: RecordedEmail[] = [];
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  const answers = new Map<string, StoredAnswer>();
  const sockets = new Set<Socket>();
  let down = false;
  let limit: number | null = null;
  let limitedCount = 0;
  const recent: number[] = [];

  const accept = (payload: Record<string, unknown>, key: string | null): string => {
    const id = randomUUID();
    emails.push({
      id,
      idempotencyKey: key,
      from: list(payload['from']).join(', '),
      to: list(payload['to']),
      replyTo: list(payload['reply_to']),
      subject: list(payload['subject']).join(''),
      text: typeof payload['text'] === 'string' ? payload['text'] : '',
      html: typeof payload['html'] === 'string' ? payload['html'] : '',
    });
    return JSON.stringify({ id });
  };

  const server = createServer((req, res) => {
    const at = clock();
    void (async () => {
      const body = await readBody(req);
      const key = req.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' ? key : null;
      const authorization = req.headers.authorization ?? null;
      requests.push({ at, method: req.method ?? '', path: req.url ?? '', idempotencyKey, authorization, body });

      if (req.method !== 'POST' || req.url !== '/emails') {
        json(res, 404, { statusCode: 404, name: 'not_found', message: 'The requested endpoint does not exist.' });
        return;
      }
      if (!authorization?.startsWith('Bearer ') || authorization.length <= 'Bearer '.length) {
        json(res, 401, {
          statusCode: 401,
          name: 'missing_api_key',
          message: 'Missing API key in the authorization header.',
        });
        return;
      }
      let payload: Record<string, unknown>;
      try {
        payload = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json(res, 400, { statusCode: 400, name: 'invalid_body', message: 'Invalid JSON body.' });
        return;
      }
      for (const field of ['from', 'to', 'subject']) {
        if (!payload[field]) {
          json(res, 422, { statusCode: 422, name: 'validation_error', message: `Missing \`${field}\` field.` });
          return;
        }
      }

      const tooMany = (retryAfterSeconds: number) => {
        limitedCount += 1;
        res
          .writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds) })
          .end(JSON.stringify({ statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' }));
      };
      if (limit !== null) {
        while (recent.length > 0 && (recent[0] ?? 0) <= at - 1000) recent.shift();
        if (recent.length >= limit) {
          tooMany(1);
          return;
        }
        recent.push(at);
      }

      const payloadHash = createHash('sha256').update(body).digest('hex');
      const stored = idempotencyKey ? answers.get(idempotencyKey) : undefined;
      if (stored) {
        if (stored.payloadHash !== payloadHash) {
          json(res, 409, {
            statusCode: 409,
            name: 'invalid_idempotent_request',
            message: 'Same idempotency key used with a different request payload.',
          });
        } else if (!stored.done) {
          json(res, 409, {
            statusCode: 409,
            name: 'concurrent_idempotent_requests',
            message: 'Same idempotency key used while original request is still in progress.',
          });
        } else {
          res.writeHead(stored.status, { 'Content-Type': 'application/json' }).end(stored.body);
        }
        return;
      }

      const behaviour: Behaviour = down ? { kind: 'error-500' } : (queue.shift() ?? { kind: 'ok' });
      if (behaviour.kind === 'stall') return; // the connection stays open until the client gives up
      if (behaviour.kind === 'rate-limited') {
        tooMany(behaviour.retryAfterSeconds);
        return;
      }
      if (behaviour.kind === 'error-500') {
        json(res, 500, { statusCode: 500, name: 'application_error', message: 'Internal server error.' });
        return;
      }
      if (behaviour.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      const answer: StoredAnswer = { payloadHash, status: 200, body: '', done: false };
      if (idempotencyKey) answers.set(idempotencyKey, answer);
      if (behaviour.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
      answer.body = accept(payload, idempotencyKey);
      answer.done = true;
      // Accepted, but the answer never comes back: the client times out not knowing it was sent.
      if (behaviour.kind === 'hang') return;
      if (behaviour.kind === 'accept-drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(answer.body);
    })().catch(() => {
      res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    emails,
    requests,
    next: (...behaviours) => {
      queue.push(...behaviours);
    },
    setDown: (value) => {
      down = value;
    },
    setRateLimit: (perSecond) => {
      limit = perSecond;
      recent.length = 0;
    },
    rateLimited: () => limitedCount,
    reset() {
      emails.length = 0;
      requests.length = 0;
      queue.length = 0;
      answers.clear();
      down = false;
      limit = null;
      limitedCount = 0;
      recent.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
