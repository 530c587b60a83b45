// A local fake of a Cloudflare Access team on 127.0.0.1, for the Beacon inbox tests: it publishes an RS256
// key set at /cdn-cgi/access/certs, as Access does, and signs tokens like Access's with it. `forge` signs
// with a key it never publishes, to prove such tokens are refused.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export interface FakeAccess {
  /** ACCESS_TEAM_DOMAIN for the Worker. */
  issuer: string;
  /** ACCESS_AUD for the Worker. */
  audience: string;
  /** A token as Access would send it for this staff member; `claims` and `expiresIn` override. */
  token: (email: string, claims?: JWTPayload, expiresIn?: string | number) => Promise<string>;
  /** The same, signed by a key the issuer does not publish. */
  forge: (email: string) => Promise<string>;
  /** How many times the key set was fetched. */
  certFetches: () => number;
  close: () => Promise<void>;
}

export async function startFakeAccess(audience = 'fake-access-aud-0123456789'): Promise<FakeAccess> {
  const published = await generateKeyPair('RS256', { extractable: true });
  const unpublished = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(published.publicKey)), kid: 'fake-1', alg: 'RS256', use: 'sig' };
  let fetches = 0;
  const server = createServer((req, res) => {
    if (req.url === '/cdn-cgi/access/certs') {
      fetches++;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk], public_cert: { kid: 'fake-1' } }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (
    key: CryptoKey,
    kid: string,
    email: string,
    claims: JWTPayload = {},
    expiresIn: string | number = '1h',
  ) =>
    new SignJWT({ email, type: 'app', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuer)
      .setAudience(claims.aud ?? [audience])
      .setSubject('fake-user-id')
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  return {
    issuer,
    audience,
    token: (email, claims, expiresIn) => sign(published.privateKey, 'fake-1', email, claims, expiresIn),
    forge: (email) => sign(unpublished.privateKey, 'fake-1', email),
    certFetches: () => fetches,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
