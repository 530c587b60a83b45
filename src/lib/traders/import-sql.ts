import { indexNameWords } from './name-words.ts';
import { REGISTER_COLUMNS, type RegisterRow } from './register-row.ts';
import { searchTermRows } from './search-terms.ts';

/**
 * The SQL that replaces the whole register, in two parts (migrations/0005):
 *  1. staging: empty the staging tables and fill them, many rows to an INSERT, every statement under D1's
 *     100 KB limit. It may be run in several pieces (a remote import of a national register does so);
 *     nothing a resident sees changes while it runs.
 *  2. swap: one batch that empties the live tables, copies the staging tables in, rebuilds the name
 *     index and empties staging. Run as one unit (one D1 batch is one transaction), it is all or nothing.
 * `registerImportSql` is both parts in order, for a single batch (local imports and tests).
 */

/** Bytes of SQL per statement: under D1's 100 KB limit with room to spare. */
const MAX_STATEMENT = 90_000;

export interface RegisterMeta {
  /** True when the register is the fictional sample (drama phone numbers throughout). */
  sample: boolean;
  /** When the import ran, as an ISO timestamp. */
  importedAt: string;
}

type Value = string | number | null;

/** A SQL literal. Text was checked to hold no control characters, so doubling quotes is all it needs. */
export function sqlLiteral(value: Value): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error('Only whole numbers are written as SQL literals');
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/** INSERT statements for many rows, each statement under MAX_STATEMENT characters. */
export function insertStatements(table: string, columns: readonly string[], rows: readonly Value[][]): string[] {
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n`;
  const statements: string[] = [];
  let values: string[] = [];
  let size = head.length;
  for (const row of rows) {
    const tuple = `(${row.map(sqlLiteral).join(', ')})`;
    if (values.length > 0 && size + tuple.length + 2 > MAX_STATEMENT) {
      statements.push(head + values.join(',\n'));
      values = [];
      size = head.length;
    }
    values.push(tuple);
    size += tuple.length + 2;
  }
  if (values.length > 0) statements.push(head + values.join(',\n'));
  return statements;
}

/** The traders table's columns: the register file's, plus the row id and the normalised member key. */
const TRADER_COLUMNS = ['id', 'member_id', 'member_key', ...REGISTER_COLUMNS.filter((c) => c !== 'member_id')] as const;
const TERM_COLUMNS = ['kind', 'edit', 'variant', 'term', 'data'];

/** Part 1: the staging tables emptied and filled. */
export function stagingSql(rows: readonly RegisterRow[], meta: RegisterMeta): string[] {
  const traders: Value[][] = [];
  const trades: Value[][] = [];
  const areas: Value[][] = [];
  // Ids in name order, so ranking can break ties by id alone (search-sql.ts), never reading names.
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
  const byName = [...rows].sort((a, b) => collator.compare(a.name, b.name) || (a.memberId < b.memberId ? -1 : 1));
  byName.forEach((r, index) => {
    const id = index + 1;
    const labels = r.trades.map((t) => t.label).join(';');
    traders.push([
      id,
      r.memberId,
      r.memberKey,
      r.name,
      labels,
      r.areas.join(';'),
      r.town,
      r.phone,
      r.email,
      r.website,
      r.memberSince,
      r.expiresOn,
      r.status,
      indexNameWords(r.name).join(' '),
    ]);
    r.trades.forEach((t, position) => trades.push([t.key, id, position]));
    r.areas.forEach((district, position) => areas.push([district, id, position]));
  });
  const facts: Value[][] = [
    ['source', meta.sample ? 'sample' : 'register'],
    ['imported_at', meta.importedAt],
    ['trader_count', String(rows.length)],
  ];
  return [
    ...STAGING_TABLES.map((t) => `DELETE FROM ${t}`),
    ...insertStatements('staging_traders', [...TRADER_COLUMNS, 'name_words'], traders),
    ...insertStatements('staging_trader_trades', ['trade_key', 'trader_id', 'position'], trades),
    ...insertStatements('staging_trader_areas', ['district', 'trader_id', 'position'], areas),
    ...insertStatements('staging_search_terms', TERM_COLUMNS, searchTermRows(rows)),
    ...insertStatements('staging_register_meta', ['key', 'value'], facts),
  ];
}

const STAGING_TABLES = [
  'staging_traders',
  'staging_trader_trades',
  'staging_trader_areas',
  'staging_search_terms',
  'staging_register_meta',
];

/** A staged trader's approved_until: their expiry date when approved, else '' (below every date). */
const UNTIL = "CASE WHEN t.status = 'approved' THEN t.expires_on ELSE '' END";

/**
 * Part 2: the live register replaced by staging. Refuses (a failed statement rolls the batch back) when
 * staging holds no register facts, so a swap after a part failed to load can never empty the register.
 */
export function swapSql(): string[] {
  const columns = TRADER_COLUMNS.join(', ');
  return [
    // Fails the batch when staging is incomplete (no facts, or not as many traders as the facts say): the
    // CHECK on traders.status rejects 'staging-incomplete', and the whole batch rolls back.
    `INSERT INTO traders (id, member_id, member_key, business_name, trades, areas, town, phone, member_since, expires_on, status)
  SELECT -1, 'check', 'check', '', '', '', '', '', '', '', 'staging-incomplete'
  WHERE (SELECT COUNT(*) FROM staging_traders) IS NOT
    (SELECT CAST(value AS INTEGER) FROM staging_register_meta WHERE key = 'trader_count')`,
    'DELETE FROM trader_names',
    'DELETE FROM trader_areas',
    'DELETE FROM trader_trades',
    'DELETE FROM search_terms',
    'DELETE FROM traders',
    `INSERT INTO traders (${columns}) SELECT ${columns} FROM staging_traders ORDER BY id`,
    `INSERT INTO trader_trades (trade_key, trader_id, position, approved_until)
  SELECT x.trade_key, x.trader_id, x.position, ${UNTIL} FROM staging_trader_trades x JOIN staging_traders t ON t.id = x.trader_id
  ORDER BY x.trade_key, x.trader_id`,
    `INSERT INTO trader_areas (district, trader_id, position, approved_until)
  SELECT x.district, x.trader_id, x.position, ${UNTIL} FROM staging_trader_areas x JOIN staging_traders t ON t.id = x.trader_id
  ORDER BY x.district, x.trader_id`,
    'INSERT INTO trader_names (rowid, business_name) SELECT id, name_words FROM staging_traders ORDER BY id',
    `INSERT OR IGNORE INTO search_terms (${TERM_COLUMNS.join(', ')}) SELECT ${TERM_COLUMNS.join(', ')} FROM staging_search_terms ORDER BY kind, edit, variant, term, data`,
    'DELETE FROM register_meta',
    'INSERT INTO register_meta (key, value) SELECT key, value FROM staging_register_meta',
    ...STAGING_TABLES.map((t) => `DELETE FROM ${t}`),
  ];
}

/**
 * The staging statements grouped into files of at most `maxBytes` each, for a remote import in parts.
 * The first part starts by emptying staging, so a run that stopped halfway leaves nothing behind that a
 * later swap could take for a whole register.
 */
export function stagingParts(statements: readonly string[], maxBytes: number): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let size = 0;
  for (const statement of statements) {
    if (part.length > 0 && size + statement.length > maxBytes) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(statement);
    size += statement.length + 2;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Both parts in order, for one batch. */
export function registerImportSql(rows: readonly RegisterRow[], meta: RegisterMeta): string[] {
  return [...stagingSql(rows, meta), ...swapSql()];
}

/** Statements as one SQL file for `wrangler d1 execute --file`. */
export function sqlFile(statements: readonly string[]): string {
  return `${statements.join(';\n')};\n`;
}

/** The whole import as one SQL file. */
export function registerImportFile(rows: readonly RegisterRow[], meta: RegisterMeta): string {
  return sqlFile(registerImportSql(rows, meta));
}
