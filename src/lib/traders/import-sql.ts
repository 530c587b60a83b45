import { REGISTER_COLUMNS, type RegisterRow } from './register-row.ts';

/**
 * The SQL that replaces the whole register: delete every trader, insert the new ones, rebuild the name
 * index, record what was imported. The statements must run as one unit — `wrangler d1 execute --file`
 * does so (locally in one D1 batch, a transaction; remotely D1's import rolls back on failure), and so
 * does `DB.batch()` in tests. Rows are inserted many to a statement, kept under D1's 100 KB statement
 * limit, which is what makes 10,000 traders import in seconds.
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

export function registerImportSql(rows: readonly RegisterRow[], meta: RegisterMeta): string[] {
  const traders: Value[][] = [];
  const trades: Value[][] = [];
  const areas: Value[][] = [];
  rows.forEach((r, index) => {
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
    'DELETE FROM trader_names',
    'DELETE FROM trader_areas',
    'DELETE FROM trader_trades',
    'DELETE FROM traders',
    ...insertStatements('traders', TRADER_COLUMNS, traders),
    ...insertStatements('trader_trades', ['trade_key', 'trader_id', 'position'], trades),
    ...insertStatements('trader_areas', ['district', 'trader_id', 'position'], areas),
    'INSERT INTO trader_names (rowid, business_name) SELECT id, business_name FROM traders',
    'DELETE FROM register_meta',
    ...insertStatements('register_meta', ['key', 'value'], facts),
  ];
}

/** The statements as one SQL file for `wrangler d1 execute --file`. */
export function registerImportFile(rows: readonly RegisterRow[], meta: RegisterMeta): string {
  return `${registerImportSql(rows, meta).join(';\n')};\n`;
}
