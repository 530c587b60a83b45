import { cmsSettings } from '../../../src/lib/cms/settings.ts';
import { newState, stateCookie } from '../../../src/lib/cms/state.ts';
import { plainPage } from '../../../src/lib/cms/plain-page.ts';
import { isLoopbackHost } from '../../../src/lib/web/loopback.ts';

/**
 * GET /api/cms/auth?provider=github — where the editor's "Sign in with GitHub" popup starts: off to GitHub's
 * authorize page with a fresh `state`, which is also kept in an HttpOnly cookie for the callback to check.
 */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) => {
  const url = new URL(request.url);
  if (url.searchParams.get('provider') !== 'github') {
    return plainPage(400, 'Sign-in did not start', 'Only GitHub sign-in is offered. Start again from the editor.');
  }
  const settings = cmsSettings(env, url);
  if ('missing' in settings) {
    console.error(JSON.stringify({ event: 'cms.configuration_error', missing: settings.missing.join(',') }));
    return plainPage(503, 'Sign-in is not set up', 'The editor cannot sign you in yet. Tell the site’s developer.');
  }
  const state = newState();
  const authorize = new URL(`${settings.base}/login/oauth/authorize`);
  authorize.searchParams.set('client_id', settings.clientId);
  authorize.searchParams.set('redirect_uri', `${url.origin}/api/cms/callback`);
  authorize.searchParams.set('scope', 'repo');
  authorize.searchParams.set('state', state);
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorize.href,
      'Set-Cookie': stateCookie(state, !isLoopbackHost(url.hostname)),
      'Cache-Control': 'no-store',
    },
  });
};
