-- Beacon self-referrals. No personal data is kept here: only what makes each referral send exactly once.

-- One row per accepted referral. `idempotency_key` is the submissionId or a hash of the normalised answers;
-- `status` moves sending → sent, or sending → failed (a retry may claim a failed row, or a `sending` row
-- whose lease has run out, and send again with the same key, which the provider deduplicates).
CREATE TABLE IF NOT EXISTS referrals (
  idempotency_key TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
  -- Times in milliseconds since 1970 (UTC).
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1
);

-- Rate limits per client: an HMAC of the IP address with a secret (never the address), in a one-hour window.
CREATE TABLE IF NOT EXISTS rate_limits (
  client_hash TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limits_window_start ON rate_limits (window_start);

-- Development only: emails that would have been sent, when there is no RESEND_API_KEY. `npm run outbox`
-- prints them. Production never writes here (a missing key fails closed).
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  from_address TEXT NOT NULL,
  to_address TEXT NOT NULL,
  reply_to TEXT,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL
);
