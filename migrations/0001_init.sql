-- Schema version marker; each feature's tables come in their own migration.
CREATE TABLE IF NOT EXISTS site_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO site_meta (key, value) VALUES ('created', '2026-11-23');
