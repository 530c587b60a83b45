import { isLoopbackHost } from '../web/loopback.ts';

/**
 * Who may open the Beacon inbox (contract: DESIGN.md "Beacon inbox"): Cloudflare Access signs a token for
 * each signed-in staff member, and the Worker checks it on every request against the team's keys.
 * - production: ACCESS_TEAM_DOMAIN (https://TEAM.cloudflareaccess.com) and ACCESS_AUD (the application's
 *   audience tag) must both be set, or the inbox answers 503: never open;
 * - development on loopback: ACCESS_TEAM_DOMAIN may be a fake issuer on http://127.0.0.1:PORT (the tests'),
 *   or unset, when the Worker's own local signer stands in for Access (src/lib/access/local-signer.ts).
 */
export interface AccessEnv {
  ENVIRONMENT?: string;
  /** https://TEAM.cloudflareaccess.com: the issuer of the tokens, whose keys are at /cdn-cgi/access/certs. */
  ACCESS_TEAM_DOMAIN?: string;
  /** The Access application's audience (AUD) tag. */
  ACCESS_AUD?: string;
}

export type AccessSettings =
  | { kind: 'access'; issuer: string; audience: string; certsUrl: string }
  | { kind: 'local-signer'; issuer: string; audience: string }
  | { kind: 'missing'; missing: string[] };

const TEAM_DOMAIN = /^https:\/\/[a-z0-9-]+\.cloudflareaccess\.com$/;
const FAKE_ISSUER = /^http:\/\/127\.0\.0\.1:\d+$/;
/** The audience the local signer writes and the development Worker expects. */
export const LOCAL_AUDIENCE = 'beacon-inbox-development';

export function accessSettings(env: AccessEnv, requestUrl: URL): AccessSettings {
  const development = env.ENVIRONMENT === 'development' && isLoopbackHost(requestUrl.hostname);
  const issuer = (env.ACCESS_TEAM_DOMAIN ?? '').replace(/\/+$/, '');
  const audience = env.ACCESS_AUD ?? '';
  if (development && issuer === '') {
    return { kind: 'local-signer', issuer: `${requestUrl.origin}/__access`, audience: LOCAL_AUDIENCE };
  }
  const missing = [
    ...(TEAM_DOMAIN.test(issuer) || (development && FAKE_ISSUER.test(issuer)) ? [] : ['ACCESS_TEAM_DOMAIN']),
    ...(audience ? [] : ['ACCESS_AUD']),
  ];
  if (missing.length > 0) return { kind: 'missing', missing };
  return { kind: 'access', issuer, audience, certsUrl: `${issuer}/cdn-cgi/access/certs` };
}
