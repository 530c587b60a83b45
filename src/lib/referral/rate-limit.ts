import type { D1Like, D1Statement } from '../web/d1.ts';
import { hmacSha256Hex } from './hash.ts';

/**
 * Referrals per client per hour. The client is an HMAC of its IP address with a secret, so the stored value
 * can't be turned back into an address (the privacy notice promises this), and rows older than the window
 * are deleted on every count. A fixed window per client, counted in one atomic upsert. The statements run
 * inside the referral's admission batch (records.ts), so counting costs no extra round trip.
 */

const RATE_WINDOW_MS = 60 * 60 * 1000;
export const DEFAULT_RATE_LIMIT = 5;

export async function clientHash(secret: string, ip: string): Promise<string> {
  return hmacSha256Hex(secret, `rate-limit:${ip}`);
}

/**
 * Forgets expired clients, then counts one attempt for this client — unless the referral was already sent,
 * so that replaying an accepted referral never uses up someone's tries. Returns `hits, window_start`.
 */
export function countAttempt(db: D1Like, client: string, key: string, now: number): D1Statement[] {
  const expired = now - RATE_WINDOW_MS;
  return [
    db.prepare('DELETE FROM rate_limits WHERE window_start <= ?').bind(expired),
    // SQLite evaluates every SET expression against the old row, so both CASEs see the same window_start.
    // (An upsert from a SELECT needs its WHERE clause, as SQLite's documentation explains.)
    db
      .prepare(
        `INSERT INTO rate_limits (client_hash, window_start, hits)
         SELECT ?1, ?2, 1 WHERE NOT EXISTS (SELECT 1 FROM referrals WHERE idempotency_key = ?4 AND status = 'sent')
         ON CONFLICT (client_hash) DO UPDATE SET
           hits = CASE WHEN window_start <= ?3 THEN 1 ELSE hits + 1 END,
           window_start = CASE WHEN window_start <= ?3 THEN ?2 ELSE window_start END
         RETURNING hits, window_start`,
      )
      .bind(client, now, expired, key),
  ];
}

/** Seconds until the client's window ends. */
export function retryAfterSeconds(windowStart: number, now: number): number {
  return Math.max(1, Math.ceil((windowStart + RATE_WINDOW_MS - now) / 1000));
}
