-- The Buy With Confidence register: traders, the trades they do and the postcode districts they cover.
-- `npm run register:import` replaces every row of these tables at once (one transaction); nothing else
-- writes to them.

-- One row per member. `trades` and `areas` keep the register's own ';'-separated lists for display, so a
-- search answers from this table alone; trader_trades and trader_areas are their lookup indexes.
CREATE TABLE IF NOT EXISTS traders (
  id INTEGER PRIMARY KEY,
  -- The membership number as printed on the card, e.g. BWC-10234.
  member_id TEXT NOT NULL UNIQUE,
  -- The number reduced to letters and digits, upper case: what a typed number is looked up by.
  member_key TEXT NOT NULL UNIQUE,
  business_name TEXT NOT NULL,
  trades TEXT NOT NULL,
  areas TEXT NOT NULL,
  town TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT,
  website TEXT,
  -- ISO dates, YYYY-MM-DD.
  member_since TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('approved', 'suspended', 'expired'))
);
CREATE INDEX IF NOT EXISTS traders_status_expiry ON traders (status, expires_on);

-- Each trade of each trader, by its canonical key (synonyms folded: roofer → roofing). `position` is the
-- trade's place in the trader's list (0 = their main trade), used in ranking.
CREATE TABLE IF NOT EXISTS trader_trades (
  trade_key TEXT NOT NULL,
  trader_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (trade_key, trader_id)
) WITHOUT ROWID;

-- Each postcode district each trader covers (AL10, SG1, CM23…). `position` 0 is the first listed.
CREATE TABLE IF NOT EXISTS trader_areas (
  district TEXT NOT NULL,
  trader_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (district, trader_id)
) WITHOUT ROWID;

-- Business names for full-text search; rowid = traders.id. unicode61 folds case and (with
-- remove_diacritics 2) accents, in the index and in queries alike.
CREATE VIRTUAL TABLE IF NOT EXISTS trader_names USING fts5 (
  business_name,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Facts about the register as a whole, set by each import: `source` (`sample` when the register is the
-- fictional sample, else `register`), `imported_at` (ISO timestamp) and `trader_count`.
CREATE TABLE IF NOT EXISTS register_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
