import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet as auth } from '../../functions/api/cms/auth.ts';
import { onRequestGet as callback } from '../../functions/api/cms/callback.ts';
import { HANDSHAKE_SCRIPT, handshakeScriptHash } from '../../src/lib/cms/handshake.ts';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github-oauth.ts';
import { captureConsole, type ConsoleCapture } from '../support/console-capture.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext } from '../support/platform.ts';

// The CMS sign-in (DESIGN.md "CMS sign-in") against a fake GitHub on loopback: the state is checked before
// any code is exchanged, the token goes only to this site's own origin, and no token reaches a log.
let github: FakeGitHub;
let logs: ConsoleCapture;
let env: Env;
beforeAll(async () => {
  github = await startFakeGitHub();
  logs = captureConsole();
  env = {
    ENVIRONMENT: 'development',
    GITHUB_OAUTH_ID: github.clientId,
    GITHUB_OAUTH_SECRET: github.clientSecret,
    GITHUB_OAUTH_BASE: github.url,
  } as Env;
});
afterAll(async () => {
  logs.restore();
  await github.close();
  expect(logs.text()).not.toContain(github.nextToken);
  expect(logs.text()).not.toContain(github.clientSecret);
});

const ORIGIN = 'http://127.0.0.1:8788';
const call = (
  handler: PagesFunction<Env>,
  path: string,
  headers: Record<string, string> = {},
  over: { [K in keyof Env]?: Env[K] | undefined } = {},
) => handler(pagesContext(new Request(`${ORIGIN}${path}`, { headers }), { ...env, ...over } as Env));

/** Starts a sign-in: the state GitHub is sent, and the cookie that carries it. */
async function start(): Promise<{ state: string; cookie: string; location: URL }> {
  const res = await call(auth, '/api/cms/auth?provider=github&site_id=127.0.0.1&scope=repo');
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('Location') ?? '');
  const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  return { state: location.searchParams.get('state') ?? '', cookie, location };
}

/** Follows the fake's authorize page back to the callback, as the browser would. */
async function approve(location: URL): Promise<URL> {
  const res = await fetch(location, { redirect: 'manual' });
  return new URL(res.headers.get('Location') ?? '');
}

describe('GET /api/cms/auth', () => {
  it('sends the popup to GitHub with the client id, our callback, scope repo and a fresh random state', async () => {
    const { state, location } = await start();
    expect(location.origin + location.pathname).toBe(`${github.url}/login/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe(github.clientId);
    expect(location.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/api/cms/callback`);
    expect(location.searchParams.get('scope')).toBe('repo');
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect((await start()).state).not.toBe(state);
  });

  it('keeps the state in an HttpOnly, SameSite=Lax cookie, Secure except on loopback', async () => {
    const res = await call(auth, '/api/cms/auth?provider=github');
    expect(res.headers.get('Set-Cookie')).toMatch(
      /^cms_oauth_state=[\w-]{43}; Path=\/api\/cms\/; Max-Age=600; HttpOnly; SameSite=Lax$/,
    );
    const deployed = await auth(
      pagesContext(new Request('https://example.org/api/cms/auth?provider=github'), {
        ...env,
        ENVIRONMENT: 'production',
        GITHUB_OAUTH_BASE: undefined,
      } as unknown as Env),
    );
    expect(deployed.headers.get('Set-Cookie')).toMatch(/; Secure$/);
    expect(deployed.headers.get('Location')).toMatch(/^https:\/\/github\.com\/login\/oauth\/authorize\?/);
  });

  it('refuses another provider with 400, and fails closed with 503 when not configured', async () => {
    expect((await call(auth, '/api/cms/auth?provider=gitlab')).status).toBe(400);
    expect((await call(auth, '/api/cms/auth')).status).toBe(400);
    expect((await call(auth, '/api/cms/auth?provider=github', {}, { GITHUB_OAUTH_SECRET: undefined })).status).toBe(
      503,
    );
  });

  it('never lets a deployed Worker send people to a GitHub that is not github.com', async () => {
    const res = await call(auth, '/api/cms/auth?provider=github', {}, { ENVIRONMENT: 'production' });
    expect(res.status).toBe(503);
  });
});

describe('GET /api/cms/callback', () => {
  it('trades the code for a token and hands it only to a window on this site, after the handshake', async () => {
    const { cookie, location } = await start();
    const back = await approve(location);
    const res = await call(callback, back.pathname + back.search, { Cookie: cookie });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(
      JSON.stringify({ status: 'success', body: { token: github.nextToken, provider: 'github' } }),
    );
    expect(HANDSHAKE_SCRIPT).toContain("window.opener.postMessage('authorizing:github', origin)");
    expect(HANDSHAKE_SCRIPT).toContain('window.opener.postMessage(message, origin)');
    expect(HANDSHAKE_SCRIPT).not.toContain("'*'");
    expect(res.headers.get('Content-Security-Policy')).toContain(`script-src ${await handshakeScriptHash()}`);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Set-Cookie')).toMatch(/^cms_oauth_state=; .*Max-Age=0/);
    expect(github.exchanges.at(-1)).toMatchObject({ clientId: github.clientId, secretOk: true });
  });

  it('refuses a forged, missing or reused state with 403 before any code is exchanged', async () => {
    const { cookie, location } = await start();
    const back = await approve(location);
    const before = github.exchanges.length;
    const forged = new URL(back);
    forged.searchParams.set('state', 'A'.repeat(43));
    for (const [path, headers] of [
      [forged.pathname + forged.search, { Cookie: cookie }],
      [back.pathname + back.search, {}],
      [back.pathname + back.search, { Cookie: 'cms_oauth_state=' + 'B'.repeat(43) }],
      [`/api/cms/callback?code=abc`, { Cookie: cookie }],
    ] as const) {
      const res = await call(callback, path, headers);
      expect(res.status, path).toBe(403);
      const page = await res.text();
      expect(page).toContain('"status":"error"');
      expect(page).not.toContain('token');
    }
    expect(github.exchanges.length).toBe(before);
  });

  it('says so, with no token, when GitHub refuses the code or the person said no', async () => {
    const { cookie, state } = await start();
    const bad = await call(callback, `/api/cms/callback?code=not-a-real-code&state=${state}`, { Cookie: cookie });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('authorization:github:');
    const denied = await call(callback, `/api/cms/callback?error=access_denied&state=${state}`, { Cookie: cookie });
    expect(denied.status).toBe(403);
  });

  it('answers hostile codes and states with a 4xx, never a 500, and never echoes them', async () => {
    const { cookie, state } = await start();
    for (const text of HOSTILE_STRINGS) {
      for (const query of [
        new URLSearchParams({ code: text, state }),
        new URLSearchParams({ code: 'abc', state: text }),
      ]) {
        const res = await call(callback, `/api/cms/callback?${query.toString()}`, { Cookie: cookie });
        expect(res.status, text).toBeGreaterThanOrEqual(400);
        expect(res.status, text).toBeLessThan(500);
        if (text.length > 3) expect(await res.text()).not.toContain(text);
      }
    }
  });
});
