-- Forgiving trader search (issue 10), and staging tables so a large register can be imported in parts
-- and swapped in at once.

-- The register's own words, for matching what residents type with a slip or two. For each word (business
-- name words, words of trades not in the site's trade list, folded town names) one row holds the word
-- itself (edit 0) and one row each of its one-letter deletions (edit 1): a typed word's deletions, looked
-- up by index, find every register word within two edits (src/lib/traders/edits.ts). `data` carries what
-- a match means: for a trade word, the trade key; for a town, its ';'-separated postcode districts.
CREATE TABLE IF NOT EXISTS search_terms (
  kind TEXT NOT NULL CHECK (kind IN ('name', 'trade', 'town')),
  edit INTEGER NOT NULL,
  variant TEXT NOT NULL,
  term TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kind, edit, variant, term, data)
) WITHOUT ROWID;

-- Whether each trade and area row's trader is listed as approved, and until when ('' when not approved),
-- so searches find and count approved traders from these narrow tables without reading `traders`.
-- Filled by each import; the UPDATEs fill it for a register imported before this migration.
ALTER TABLE trader_trades ADD COLUMN approved_until TEXT NOT NULL DEFAULT '';
ALTER TABLE trader_areas ADD COLUMN approved_until TEXT NOT NULL DEFAULT '';
UPDATE trader_trades SET approved_until = COALESCE((SELECT CASE WHEN t.status = 'approved' THEN t.expires_on ELSE '' END
  FROM traders t WHERE t.id = trader_trades.trader_id), '');
UPDATE trader_areas SET approved_until = COALESCE((SELECT CASE WHEN t.status = 'approved' THEN t.expires_on ELSE '' END
  FROM traders t WHERE t.id = trader_areas.trader_id), '');

-- Staging copies, filled part by part by a split import and copied into the live tables by one final
-- batch (scripts/register-import.ts). Empty at all other times.
CREATE TABLE IF NOT EXISTS staging_traders (
  id INTEGER PRIMARY KEY,
  member_id TEXT NOT NULL,
  member_key TEXT NOT NULL,
  business_name TEXT NOT NULL,
  trades TEXT NOT NULL,
  areas TEXT NOT NULL,
  town TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT,
  website TEXT,
  member_since TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  status TEXT NOT NULL,
  -- The name as indexed words (src/lib/traders/name-words.ts), for the FTS table.
  name_words TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS staging_trader_trades (
  trade_key TEXT NOT NULL,
  trader_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  approved_until TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS staging_trader_areas (
  district TEXT NOT NULL,
  trader_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  approved_until TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS staging_search_terms (
  kind TEXT NOT NULL,
  edit INTEGER NOT NULL,
  variant TEXT NOT NULL,
  term TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS staging_register_meta (
  key TEXT NOT NULL,
  value TEXT NOT NULL
);
