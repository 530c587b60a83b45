import { accessSettings, type AccessEnv } from '../access/settings.ts';
import { localKeySet } from '../access/local-signer.ts';
import { remoteKeySet, verifyAccessToken } from '../access/verify.ts';

/**
 * Who is asking, on every inbox request: the staff member named by a valid Access token, or a refusal.
 * Access puts its token in the Cf-Access-Jwt-Assertion header; an email header alone
 * (Cf-Access-Authenticated-User-Email) is never trusted. Only the development Worker's local signer uses a
 * cookie, because there is no Access in front of it. Missing configuration fails closed (503).
 */
export type Caller = { ok: true; email: string } | { ok: false; status: 403 | 503; reason: string };

export const LOCAL_TOKEN_COOKIE = 'beacon_inbox_dev_token';

function cookie(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

export async function identifyCaller(request: Request, env: AccessEnv): Promise<Caller> {
  const url = new URL(request.url);
  const settings = accessSettings(env, url);
  if (settings.kind === 'missing') return { ok: false, status: 503, reason: `missing ${settings.missing.join(',')}` };
  const token =
    settings.kind === 'local-signer'
      ? cookie(request.headers.get('Cookie'), LOCAL_TOKEN_COOKIE)
      : request.headers.get('Cf-Access-Jwt-Assertion');
  const keys = settings.kind === 'local-signer' ? await localKeySet() : remoteKeySet(settings.certsUrl);
  const verified = await verifyAccessToken(token, { issuer: settings.issuer, audience: settings.audience, keys });
  return verified.ok ? verified : { ok: false, status: 403, reason: verified.reason };
}
