import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTVerifyGetKey } from 'jose';

/**
 * Stands in for Cloudflare Access on a development Worker on loopback only (src/lib/access/settings.ts
 * decides when), so `npm start` has a working inbox: a key pair made when the Worker starts, never stored,
 * whose tokens no other Worker trusts. A deployed Worker never reaches this: its settings are "access" or
 * "missing", and the sign-in page that mints tokens answers 404 there.
 */
let pair: Promise<{ privateKey: CryptoKey; jwk: JWK }> | undefined;

function keys() {
  pair ??= generateKeyPair('RS256', { extractable: true }).then(async ({ privateKey, publicKey }) => ({
    privateKey,
    jwk: { ...(await exportJWK(publicKey)), kid: 'local-signer', alg: 'RS256', use: 'sig' },
  }));
  return pair;
}

export async function localKeySet(): Promise<JWTVerifyGetKey> {
  const { jwk } = await keys();
  return createLocalJWKSet({ keys: [jwk] });
}

/** A token like Access's for `email`, valid for 8 hours. */
export async function mintLocalToken(email: string, issuer: string, audience: string): Promise<string> {
  const { privateKey } = await keys();
  return new SignJWT({ email, type: 'app' })
    .setProtectedHeader({ alg: 'RS256', kid: 'local-signer' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(email)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(privateKey);
}
