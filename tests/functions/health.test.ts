import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet } from '../../functions/api/health.ts';
import worker from '../../functions/_worker.ts';
import { pagesContext, startPlatform, type Platform } from '../support/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.dispose());

describe('GET /api/health', () => {
  it('answers ok after a real D1 query', async () => {
    const res = await onRequestGet(pagesContext(new Request('http://127.0.0.1/api/health'), platform.env));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('gets the security headers from the Worker entry', async () => {
    const ctx = { waitUntil: () => undefined, passThroughOnException: () => undefined } as unknown as ExecutionContext;
    // The cast: tests/tsconfig has the DOM lib too (the calculator's components), whose Request has no `cf`.
    const request = new Request('http://127.0.0.1/api/health') as unknown as Request<
      unknown,
      IncomingRequestCfProperties
    >;
    const res = await worker.fetch(request, platform.env, ctx);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });
});
