import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/**
 * Checks a Cloudflare Access token: its RS256 signature against the issuer's published keys, `iss`, `aud`
 * and expiry, and that it names a staff member (`email`). Anything else is refused; the reason is for the
 * log, never for the page.
 */
export type Verified = { ok: true; email: string } | { ok: false; reason: string };

/** The issuer's keys, fetched once and cached by jose (it refetches when a token names a new key id). */
const remoteKeys = new Map<string, JWTVerifyGetKey>();

export function remoteKeySet(certsUrl: string): JWTVerifyGetKey {
  let keys = remoteKeys.get(certsUrl);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(certsUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
    remoteKeys.set(certsUrl, keys);
  }
  return keys;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export async function verifyAccessToken(
  token: string | null,
  expected: { issuer: string; audience: string; keys: JWTVerifyGetKey; now?: Date },
): Promise<Verified> {
  if (!token) return { ok: false, reason: 'no-token' };
  try {
    const { payload } = await jwtVerify(token, expected.keys, {
      algorithms: ['RS256'],
      issuer: expected.issuer,
      audience: expected.audience,
      requiredClaims: ['exp', 'iat'],
      clockTolerance: 5,
      ...(expected.now ? { currentDate: expected.now } : {}),
    });
    const email = typeof payload['email'] === 'string' ? payload['email'] : '';
    if (!EMAIL.test(email)) return { ok: false, reason: 'no-email' };
    return { ok: true, email: email.toLowerCase() };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JOSEError ? error.code : 'invalid' };
  }
}
