import { keyBytes } from './delivery/seal.ts';
import { DEFAULT_SEND_RATE } from './delivery/schedule.ts';
import { DEFAULT_RATE_LIMIT } from './rate-limit.ts';

/**
 * Referral configuration from the environment (contract: RESEND_API_KEY, RESEND_BASE_URL, REFERRAL_TO,
 * REFERRAL_FROM, ENVIRONMENT; and REFERRAL_KEY for sealing stored answers). Anything but ENVIRONMENT=development is treated as production, where every
 * setting is required and a gap fails closed. Development fills gaps with harmless defaults.
 */

export interface ReferralSettings {
  environment: 'development' | 'production';
  /** Beacon's intake address and our sender address (contract: REFERRAL_TO, REFERRAL_FROM). */
  to: string;
  from: string;
  rateLimitSecret: string;
  rateLimitPerHour: number;
  /** REFERRAL_KEY first, then REFERRAL_KEY_PREVIOUS if set: seal with the first, open with either. */
  referralKeys: string[];
  /** Provider requests a second the cron may make (REFERRAL_SEND_RATE; Resend's default is 2). */
  sendRate: number;
  /**
   * REFERRAL_DELIVERY: `inbox` (the default) keeps the sealed answers in D1 for the Beacon inbox and emails
   * Beacon a notice with no personal data; `email` sends Beacon every answer by email, as before.
   */
  delivery: 'inbox' | 'email';
  /** How long answers are kept after a referral is closed (INBOX_RETENTION_DAYS, 1 to 90, default 30). */
  retentionMs: number;
  /** A second channel for a notice that still fails after every retry (ALERT_WEBHOOK_URL), or null. */
  alertWebhookUrl: string | null;
  /** The public address, for the inbox link in Beacon's notice (SITE_URL). */
  siteUrl: string;
}

/** A log line without personal data: an event name and a few codes (references, reasons, counts). */
export type Logger = (
  level: 'info' | 'warn' | 'error',
  event: string,
  detail?: Record<string, string | number>,
) => void;

/** The referral's variables and secrets (wrangler.toml [vars], and `wrangler secret put`); part of Env. */
export interface ReferralEnv {
  /** `development` locally, `production` when deployed. Missing configuration fails closed in production. */
  ENVIRONMENT?: string;
  /** Resend API key. Without it, development emails go to the outbox table; production answers 503. */
  RESEND_API_KEY?: string;
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
  /** `inbox` (default) or `email`: see ReferralSettings.delivery. */
  REFERRAL_DELIVERY?: string;
  /** Days the answers are kept after "closed" (default 30; never more than 90 after the referral came). */
  INBOX_RETENTION_DAYS?: string;
  /** Optional: a Teams or Slack incoming webhook for a notice that still fails after its retries (https). */
  ALERT_WEBHOOK_URL?: string;
  /** The site's public address (https://your.domain): the inbox link in Beacon's notice. */
  SITE_URL?: string;
}

const DEVELOPMENT_DEFAULTS = {
  REFERRAL_TO: 'beacon-intake@example.org',
  REFERRAL_FROM: 'Referrals <referrals@example.org>',
  RATE_LIMIT_SECRET: 'development-only-rate-limit-secret',
  // 32 bytes, base64: for local answers only. Production must set its own (README: Deploying).
  REFERRAL_KEY: 'ZGV2ZWxvcG1lbnQtb25seS1yZWZlcnJhbC1rZXktMzI=',
} as const;

export function isDevelopment(env: ReferralEnv): boolean {
  return env.ENVIRONMENT === 'development';
}

export function referralSettings(env: ReferralEnv): ReferralSettings | { missing: string[] } {
  const development = isDevelopment(env);
  const value = (name: keyof typeof DEVELOPMENT_DEFAULTS): string | undefined =>
    env[name]?.trim() || (development ? DEVELOPMENT_DEFAULTS[name] : undefined);
  const to = value('REFERRAL_TO');
  const from = value('REFERRAL_FROM');
  const rateLimitSecret = value('RATE_LIMIT_SECRET');
  const referralKey = value('REFERRAL_KEY');
  const previousKey = env.REFERRAL_KEY_PREVIOUS?.trim();
  const deliveryValue = env.REFERRAL_DELIVERY?.trim() || 'inbox';
  const delivery = deliveryValue === 'inbox' || deliveryValue === 'email' ? deliveryValue : null;
  const siteUrl = publicAddress(env.SITE_URL, development) ?? (delivery === 'email' ? 'https://localhost' : null);
  const webhook = alertWebhook(env.ALERT_WEBHOOK_URL, development);
  const missing = [
    ...(!development && !env.RESEND_API_KEY ? ['RESEND_API_KEY'] : []),
    ...(to ? [] : ['REFERRAL_TO']),
    ...(from ? [] : ['REFERRAL_FROM']),
    ...(rateLimitSecret ? [] : ['RATE_LIMIT_SECRET']),
    ...(referralKey && keyBytes(referralKey) ? [] : ['REFERRAL_KEY']),
    ...(previousKey && !keyBytes(previousKey) ? ['REFERRAL_KEY_PREVIOUS'] : []),
    ...(delivery ? [] : ['REFERRAL_DELIVERY']),
    ...(siteUrl ? [] : ['SITE_URL']),
    ...(webhook === undefined ? ['ALERT_WEBHOOK_URL'] : []),
  ];
  if (missing.length > 0 || !to || !from || !rateLimitSecret || !referralKey || !delivery || !siteUrl) {
    return { missing };
  }
  const days = Number(env.INBOX_RETENTION_DAYS);
  const limit = Number(env.REFERRAL_RATE_LIMIT);
  const rate = Number(env.REFERRAL_SEND_RATE);
  return {
    environment: development ? 'development' : 'production',
    to,
    from,
    rateLimitSecret,
    rateLimitPerHour: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_RATE_LIMIT,
    referralKeys: previousKey ? [referralKey, previousKey] : [referralKey],
    sendRate: rate > 0 ? rate : DEFAULT_SEND_RATE,
    delivery,
    retentionMs: (Number.isInteger(days) && days >= 1 ? Math.min(days, 90) : 30) * 24 * 60 * 60 * 1000,
    alertWebhookUrl: webhook ?? null,
    siteUrl,
  };
}

/** SITE_URL as an origin: https in production; development falls back to `npm start`'s address. */
function publicAddress(value: string | undefined, development: boolean): string | null {
  const text = value?.trim();
  if (!text) return development ? 'http://127.0.0.1:8788' : null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || development ? url.origin : null;
  } catch {
    return null;
  }
}

/** ALERT_WEBHOOK_URL: unset is fine (null); https, or loopback http in development; anything else is missing. */
function alertWebhook(value: string | undefined, development: boolean): string | null | undefined {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return url.href;
    return development && url.protocol === 'http:' && url.hostname === '127.0.0.1' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
