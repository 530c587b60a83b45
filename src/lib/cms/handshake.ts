import { escapeHtml } from '../web/html.ts';

/**
 * The page the sign-in popup ends on. It speaks the protocol Decap and Sveltia CMS listen for on the window
 * that opened it: first `authorizing:github`, and when that window answers, `authorization:github:success:`
 * with the token (or `…:error:` with why not). Every message goes to the site's own origin only, never "*",
 * and the token is only ever handed to a window on that origin that answered the handshake.
 */
export type SignInResult = { ok: true; token: string } | { ok: false; message: string };

/** The script is the same for every sign-in, so one hash in the page's CSP allows it and nothing else. */
export const HANDSHAKE_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('cms-result').textContent);
  var origin = window.location.origin;
  var message = 'authorization:github:' + data.status + ':' + JSON.stringify(data.body);
  function answer(event) {
    if (event.origin !== origin || event.source !== window.opener) return;
    window.removeEventListener('message', answer);
    window.opener.postMessage(message, origin);
  }
  if (!window.opener) {
    document.getElementById('cms-status').textContent = 'Sign-in finished. Go back to the editor window.';
    return;
  }
  window.addEventListener('message', answer);
  window.opener.postMessage('authorizing:github', origin);
})();`;

/** JSON inside a <script type="application/json">: no "</script" or "<!--" can close it early. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function handshakePage(result: SignInResult): string {
  const data = result.ok
    ? { status: 'success', body: { token: result.token, provider: 'github' } }
    : { status: 'error', body: { message: result.message } };
  const heading = result.ok ? 'Signed in' : 'Sign-in did not work';
  const note = result.ok ? 'Returning you to the editor…' : `${result.message} Close this window and try again.`;
  return `<!doctype html>
<html lang="en-GB">
<meta charset="utf-8">
<title>${escapeHtml(heading)} – editor</title>
<h1>${escapeHtml(heading)}</h1>
<p id="cms-status">${escapeHtml(note)}</p>
<script type="application/json" id="cms-result">${scriptSafeJson(data)}</script>
<script>${HANDSHAKE_SCRIPT}</script>
</html>
`;
}

/** The CSP hash source for HANDSHAKE_SCRIPT, e.g. 'sha256-…'. */
export async function handshakeScriptHash(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(HANDSHAKE_SCRIPT));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
