-- The Beacon inbox (issue 22): in REFERRAL_DELIVERY=inbox mode a referral's sealed answers stay in
-- referral_answers until Beacon has dealt with them, and Beacon's staff read them at /beacon-inbox/.
-- Expand-only: new tables, nothing dropped or renamed (README: migrations are expand-only).

-- One row per referral in the inbox, written in the same batch that admits it. It holds no answer the
-- person gave: only whether they said they feel unsafe now (the notification says so too), and times.
CREATE TABLE inbox (
  idempotency_key TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
  -- Times in milliseconds since 1970 (UTC).
  received_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'opened', 'contacted', 'closed')),
  -- The staff member (their Access email) who last viewed or changed it, and when.
  touched_by TEXT,
  touched_at INTEGER,
  closed_at INTEGER,
  -- When the sealed answers were deleted (after closing, or at 90 days whatever happens).
  answers_deleted_at INTEGER,
  -- When a reminder was sent because nobody had opened it within one working day.
  reminded_at INTEGER
);
CREATE INDEX inbox_list ON inbox (urgent DESC, received_at DESC);
CREATE INDEX inbox_waiting ON inbox (status, received_at);

-- Every view and change: who (Access email), when, what. No answers.
CREATE TABLE inbox_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reference TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('viewed', 'contacted', 'closed', 'answers-deleted', 'reminded', 'alerted'))
);
CREATE INDEX inbox_audit_reference ON inbox_audit (reference, at);
