import { isLoopbackHost } from '../web/loopback.ts';

/**
 * The CMS sign-in's configuration (contract: DESIGN.md "CMS sign-in"): GITHUB_OAUTH_ID (a variable),
 * GITHUB_OAUTH_SECRET (a secret), GITHUB_OAUTH_BASE (https://github.com unless a development Worker on
 * loopback points it at a fake). Anything missing fails closed: the routes answer 503, naming nothing secret.
 */
export interface CmsEnv {
  ENVIRONMENT?: string;
  /** The GitHub OAuth app's client id. */
  GITHUB_OAUTH_ID?: string;
  /** The GitHub OAuth app's client secret (`wrangler secret put GITHUB_OAUTH_SECRET`). */
  GITHUB_OAUTH_SECRET?: string;
  /** Where GitHub's OAuth endpoints are; only a development Worker on loopback may use another. */
  GITHUB_OAUTH_BASE?: string;
}

export interface CmsSettings {
  clientId: string;
  clientSecret: string;
  base: string;
}

const GITHUB = 'https://github.com';

export function cmsSettings(env: CmsEnv, requestUrl: URL): CmsSettings | { missing: string[] } {
  const missing = [
    ...(env.GITHUB_OAUTH_ID ? [] : ['GITHUB_OAUTH_ID']),
    ...(env.GITHUB_OAUTH_SECRET ? [] : ['GITHUB_OAUTH_SECRET']),
  ];
  const base = (env.GITHUB_OAUTH_BASE ?? GITHUB).replace(/\/+$/, '');
  const fakeAllowed = env.ENVIRONMENT === 'development' && isLoopbackHost(requestUrl.hostname);
  if (base !== GITHUB && !(fakeAllowed && /^http:\/\/127\.0\.0\.1:\d+$/.test(base))) missing.push('GITHUB_OAUTH_BASE');
  if (missing.length > 0) return { missing };
  return { clientId: env.GITHUB_OAUTH_ID ?? '', clientSecret: env.GITHUB_OAUTH_SECRET ?? '', base };
}
