/** The referral's variables and secrets, documented once where they are read (src/lib/referral/settings.ts). */
type ReferralVariables = import('../src/lib/referral/settings.ts').ReferralEnv;
/** The CMS sign-in's variables and secret, documented where they are read (src/lib/cms/settings.ts). */
type CmsVariables = import('../src/lib/cms/settings.ts').CmsEnv;
/** Who may open the Beacon inbox: Cloudflare Access's team and audience (src/lib/access/settings.ts). */
type AccessVariables = import('../src/lib/access/settings.ts').AccessEnv;

/** Bindings and variables the Worker and every route handler receive (wrangler.toml, and secrets). */
interface Env extends ReferralVariables, CmsVariables, AccessVariables {
  /** The D1 database: trader register, referral records, rate limits and (in development) the outbox. */
  DB: D1Database;
  /** `development` locally, `production` when deployed. */
  ENVIRONMENT?: 'development' | 'production';
  /** Optional Resend API base URL; tests point it at a local fake on 127.0.0.1. */
  RESEND_BASE_URL?: string;
  /** The built site in dist/ (wrangler.toml [assets]): static files, and the shells handlers fill. */
  ASSETS: Fetcher;
}
