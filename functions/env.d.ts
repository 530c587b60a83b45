/** Bindings and variables the Worker and every route handler receive (wrangler.toml, and secrets). */
interface Env {
  /** The D1 database: trader register, referral records, rate limits and (in development) the outbox. */
  DB: D1Database;
  /** `development` locally, `production` when deployed. Missing configuration fails closed in production. */
  ENVIRONMENT?: 'development' | 'production';
  /** Resend API key. Without it, development emails go to the outbox table; production answers 503. */
  RESEND_API_KEY?: string;
  /** Optional Resend API base URL; tests point it at a local fake on 127.0.0.1. */
  RESEND_BASE_URL?: string;
  /** Beacon's intake address: where referrals are sent. */
  REFERRAL_TO?: string;
  /** The sender address for referral emails, on a domain verified with Resend. */
  REFERRAL_FROM?: string;
  /** Secret mixed into the hash of a client's IP address for rate limiting, so the hash reveals nothing. */
  RATE_LIMIT_SECRET?: string;
  /** Referrals allowed per client per hour (default 5). Raise it only for local load tests. */
  REFERRAL_RATE_LIMIT?: string;
  /** AES-GCM key (base64 of 32 bytes, secret) that seals stored referral answers. Required in production. */
  REFERRAL_KEY?: string;
  /** The key before the last rotation, kept until the answers it sealed are delivered (at most 7 days). */
  REFERRAL_KEY_PREVIOUS?: string;
  /** Provider requests a second the delivery cron may make (default 2, Resend's default limit). */
  REFERRAL_SEND_RATE?: string;
  /** The built site in dist/ (wrangler.toml [assets]): static files, and the shells handlers fill. */
  ASSETS: Fetcher;
}
