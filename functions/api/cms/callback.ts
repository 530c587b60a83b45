import { exchangeCode } from '../../../src/lib/cms/exchange.ts';
import { handshakePage, handshakeScriptHash, type SignInResult } from '../../../src/lib/cms/handshake.ts';
import { plainPage } from '../../../src/lib/cms/plain-page.ts';
import { cmsSettings } from '../../../src/lib/cms/settings.ts';
import {
  clearedStateCookie,
  cookieValue,
  isWellFormedState,
  sameState,
  STATE_COOKIE,
} from '../../../src/lib/cms/state.ts';
import { isLoopbackHost } from '../../../src/lib/web/loopback.ts';

const CODE = /^[\w-]{1,100}$/;

/**
 * GET /api/cms/callback?code&state — GitHub sends the sign-in back here. The state must match the cookie
 * set by /api/cms/auth, or it is refused (403) before any code is exchanged. The answer is the page that
 * hands the token to the editor window on this site's own origin (src/lib/cms/handshake.ts). No token is
 * ever logged.
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const url = new URL(request.url);
  const settings = cmsSettings(env, url);
  if ('missing' in settings) {
    console.error(JSON.stringify({ event: 'cms.configuration_error', missing: settings.missing.join(',') }));
    return plainPage(503, 'Sign-in is not set up', 'The editor cannot sign you in yet. Tell the site’s developer.');
  }
  const secure = !isLoopbackHost(url.hostname);
  const answer = async (status: number, result: SignInResult) =>
    new Response(handshakePage(result), {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Set-Cookie': clearedStateCookie(secure),
        // The one script allowed is the handshake; the popup keeps its opener (a sign-in popup needs it).
        'Content-Security-Policy': `default-src 'none'; script-src ${await handshakeScriptHash()}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
        'Cross-Origin-Opener-Policy': 'unsafe-none',
      },
    });

  const state = url.searchParams.get('state');
  const kept = cookieValue(request.headers.get('Cookie'), STATE_COOKIE);
  if (!isWellFormedState(state) || !isWellFormedState(kept) || !sameState(state, kept)) {
    console.warn(JSON.stringify({ event: 'cms.state_mismatch' }));
    return answer(403, { ok: false, message: 'This sign-in did not start here, or it took too long.' });
  }
  if (url.searchParams.has('error')) {
    return answer(403, { ok: false, message: 'GitHub did not allow the sign-in.' });
  }
  const code = url.searchParams.get('code') ?? '';
  if (!CODE.test(code)) return answer(400, { ok: false, message: 'GitHub sent back no sign-in code.' });

  const exchange = await exchangeCode(settings, code, `${url.origin}/api/cms/callback`);
  if (!exchange.ok) {
    console.warn(JSON.stringify({ event: 'cms.exchange_failed', reason: exchange.reason }));
    return exchange.reason === 'unreachable'
      ? answer(502, { ok: false, message: 'GitHub could not be reached.' })
      : answer(400, { ok: false, message: 'GitHub did not accept the sign-in code.' });
  }
  console.info(JSON.stringify({ event: 'cms.signed_in' }));
  return answer(200, { ok: true, token: exchange.token });
};
