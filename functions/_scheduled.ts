import { deliverQueued, type CronSummary } from '../src/lib/referral/delivery/cron.ts';
import { consoleLogger, emailSender } from '../src/lib/referral/deps.ts';
import { referralSettings } from '../src/lib/referral/settings.ts';

/**
 * The Cron Trigger (every minute, wrangler.toml): deliver queued referrals. Locally, `wrangler dev
 * --test-scheduled` runs it at GET /__scheduled, and /__deliveries?now=MS runs it at a simulated time.
 */
export async function runDeliveries(env: Env, scheduledTime: number): Promise<CronSummary> {
  const sender = emailSender(env);
  const settings = referralSettings(env);
  if (!sender || 'missing' in settings) {
    const missing = 'missing' in settings ? settings.missing : ['RESEND_API_KEY'];
    consoleLogger('error', 'referral.configuration_error', { missing: missing.join(',') });
    return { sent: 0, queued: 0, stopped: 0 };
  }
  return deliverQueued({ db: env.DB, sender, settings, log: consoleLogger }, scheduledTime);
}
