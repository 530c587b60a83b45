-- Durable delivery (issue 13): a referral is stored, sealed, in the same batch that claims its idempotency
-- key, and a Cron Trigger retries queued deliveries. The referrals record still holds no personal data;
-- the sealed answers live apart in referral_answers and are deleted as soon as Beacon's copy is accepted
-- (and never kept past 7 days).

-- The record, rebuilt for the new statuses (SQLite cannot change a CHECK constraint in place):
--   sending  a send holds the lease until lease_until (a new referral, a retry by the person, or a cron run)
--   queued   stored, waiting for the cron at next_attempt_at
--   sent     Beacon's copy accepted by the provider (message_id), at sent_at
--   stopped  automatic retries stopped (stop_reason); the operator follows the README
CREATE TABLE referrals_v2 (
  idempotency_key TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('sending', 'queued', 'sent', 'stopped')),
  -- Times in milliseconds since 1970 (UTC).
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  lease_until INTEGER,
  next_attempt_at INTEGER,
  -- Retries stop 23 hours after this (Resend keeps an idempotency key for 24 hours). The operator's
  -- re-queue sets it again.
  window_started_at INTEGER NOT NULL,
  sent_at INTEGER,
  message_id TEXT,
  -- window | unknown-key | damaged | no-answers | rejected
  stop_reason TEXT
);

-- Rows from before durable delivery kept no answers: what was not sent cannot be sent now.
INSERT INTO referrals_v2 (idempotency_key, reference, status, created_at, updated_at, attempts, window_started_at,
  sent_at, stop_reason)
SELECT idempotency_key, reference, CASE status WHEN 'sent' THEN 'sent' ELSE 'stopped' END, created_at, updated_at,
  attempts, created_at, CASE status WHEN 'sent' THEN updated_at END, CASE status WHEN 'sent' THEN NULL ELSE 'no-answers' END
FROM referrals;
DROP TABLE referrals;
ALTER TABLE referrals_v2 RENAME TO referrals;
CREATE INDEX referrals_due ON referrals (status, next_attempt_at);

-- The person's answers, sealed (AES-GCM, src/lib/delivery/seal.ts), until Beacon's copy is accepted.
CREATE TABLE referral_answers (
  idempotency_key TEXT PRIMARY KEY,
  sealed TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX referral_answers_created_at ON referral_answers (created_at);

-- One row: the next moment a cron run may start a send, shared by overlapping runs so that together they
-- stay under the provider's rate limit (Resend: 2 requests a second per team by default).
CREATE TABLE delivery_pace (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  next_slot INTEGER NOT NULL
);
INSERT INTO delivery_pace (id, next_slot) VALUES (1, 0);
