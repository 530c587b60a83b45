import { LOCAL_AUDIENCE, accessSettings } from '../../src/lib/access/settings.ts';
import { mintLocalToken } from '../../src/lib/access/local-signer.ts';
import { LOCAL_TOKEN_COOKIE } from '../../src/lib/inbox/guard.ts';
import { html } from '../../src/lib/web/html.ts';
import { INBOX_HEADERS, inboxPage } from '../../src/lib/inbox/respond.ts';

/**
 * /__access/sign-in — development only: stands in for Cloudflare Access's sign-in, so `npm start` has a
 * working inbox. It answers only when the inbox's settings are the local signer's (ENVIRONMENT=development,
 * a loopback address, no ACCESS_TEAM_DOMAIN): anywhere else it is 404, so a deployed Worker has no such page.
 */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function available(request: Request, env: Env) {
  return accessSettings(env, new URL(request.url)).kind === 'local-signer';
}

export const onRequestGet: PagesFunction<Env> = ({ request, env }) => {
  if (!available(request, env)) return new Response('Not found', { status: 404 });
  const main = html`<h1>Development sign-in</h1>
    <p>On this computer only, this stands in for Cloudflare Access. A deployed site has no such page.</p>
    <form method="post" action="/__access/sign-in/">
      <div class="form-group">
        <label class="label" for="email">Work email</label>
        <input
          class="input"
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          value="beacon.staff@example.org"
        />
      </div>
      <button type="submit" class="button">Sign in</button>
    </form>`;
  return inboxPage(env.ASSETS, request.url, 200, { title: 'Development sign-in', main }, () => undefined);
};

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  if (!available(request, env)) return new Response('Not found', { status: 404 });
  const settings = accessSettings(env, new URL(request.url));
  const value = (await request.formData().catch(() => null))?.get('email');
  const email = typeof value === 'string' ? value.trim() : '';
  if (!EMAIL.test(email) || settings.kind !== 'local-signer')
    return new Response('Enter an email address.', { status: 400, headers: INBOX_HEADERS });
  const token = await mintLocalToken(email, settings.issuer, LOCAL_AUDIENCE);
  return new Response(null, {
    status: 303,
    headers: {
      Location: '/beacon-inbox/',
      'Set-Cookie': `${LOCAL_TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800`,
      ...INBOX_HEADERS,
    },
  });
};
