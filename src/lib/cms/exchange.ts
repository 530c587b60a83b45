import type { CmsSettings } from './settings.ts';

/**
 * Trades the code GitHub sent back for an access token (POST /login/oauth/access_token). GitHub answers
 * 200 with `{ error, error_description }` for a bad code, so both shapes are read; nothing it says is
 * logged, since a token could be in it.
 */
export type Exchange = { ok: true; token: string } | { ok: false; reason: string };

export async function exchangeCode(
  settings: CmsSettings,
  code: string,
  redirectUri: string,
  fetcher: typeof fetch = fetch,
): Promise<Exchange> {
  let res: Response;
  try {
    res = await fetcher(`${settings.base}/login/oauth/access_token`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        code,
        redirect_uri: redirectUri,
      }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  const body: unknown = await res.json().catch(() => null);
  const token = (body as { access_token?: unknown } | null)?.access_token;
  if (res.ok && typeof token === 'string' && /^[\w.-]{10,255}$/.test(token)) return { ok: true, token };
  const error = (body as { error?: unknown } | null)?.error;
  return {
    ok: false,
    reason: typeof error === 'string' && /^[a-z_]{1,40}$/.test(error) ? error : `http-${res.status}`,
  };
}
