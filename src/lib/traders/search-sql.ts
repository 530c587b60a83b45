import { ftsExpression } from './fts-query.ts';
import { PAGE_SIZE, type TraderSearch } from './search-query.ts';
import type { Status } from './status.ts';

/**
 * The SQL for a trader search and a membership lookup. One statement each, so an answer is one round
 * trip to D1: the total comes from a window count over the matches (taken before LIMIT), and the
 * register's facts (is it the sample?) ride along on every row. The page of matches is LEFT JOINed to a
 * single row, so even no match still returns one row carrying those facts.
 *
 * Ranking: the name match first (FTS5 bm25, best first), then trade fit (the trade is the trader's main
 * one), then district fit (the district is the first the trader lists, usually where they are based),
 * then name order (ids follow name order). An "approved" member whose expiry date has passed is shown as expired and is not
 * listed as approved — the register may lag behind the calendar.
 */

export interface SqlQuery {
  sql: string;
  params: (string | number)[];
}

/** The register's facts, on every row both queries return. */
interface RegisterFacts {
  /** register_meta's `source`: 'sample' or 'register'; null for a register never imported. */
  register_source: string | null;
  register_imported_at: string | null;
}

/** A row of either query: a trader (status already made effective) or, with member_id null, none. */
export type AnswerRow = RegisterFacts & ({ member_id: null } | TraderRow);

/** A trader's columns. */
export interface TraderRow {
  member_id: string;
  business_name: string;
  trades: string;
  areas: string;
  town: string;
  phone: string;
  email: string | null;
  website: string | null;
  status: Status;
  member_since: string;
  expires_on: string;
  /** Matches in all (search only). */
  total?: number;
}

const FACTS = `(SELECT value FROM register_meta WHERE key = 'source') AS register_source,
  (SELECT value FROM register_meta WHERE key = 'imported_at') AS register_imported_at`;

const COLUMNS = `t.member_id, t.business_name, t.trades, t.areas, t.town, t.phone, t.email, t.website,
  CASE WHEN t.status = 'approved' AND t.expires_on < ? THEN 'expired' ELSE t.status END AS status,
  t.member_since, t.expires_on`;

interface Matches {
  /** The WITH clause's parts and their parameters. */
  ctes: string[];
  withParams: (string | number)[];
  /** FROM … WHERE and its parameters: one row per matching trader, with its id as `id`. */
  from: string;
  fromParams: (string | number)[];
  /** The trader id's expression in `from`. */
  id: string;
  /** ORDER BY terms, best match first (the last is the id: ids are given in name order at import). */
  order: string[];
}

/**
 * The matches of a search. The most selective part drives the join — name match, else trade, else
 * place — and the others are joined to it by trader id (CROSS JOIN fixes that order: left to right in
 * SQLite). Approved-and-in-date is read from `approved_until`, copied into trader_trades and trader_areas
 * at import, so matches are found and counted from those narrow index tables alone; only the page's 20
 * traders are read from `traders`. Left to its own choice, the planner may scan traders and re-run the
 * FTS match for each row.
 */
function matches(search: TraderSearch, today: string): Matches {
  const ctes: string[] = [];
  const withParams: (string | number)[] = [];
  const joinParams: (string | number)[] = [];
  const whereParams: (string | number)[] = [];
  const order: string[] = [];
  const joins: string[] = [];
  const where: string[] = [];
  const approvedOnly = search.status === 'approved';
  const listed = (column: string) => (approvedOnly ? ` AND ${column} >= ?` : '');
  const todayIfListed = approvedOnly ? [today] : [];
  let driver = '';
  let id = '';
  const match = ftsExpression(search.nameTerms);
  if (match !== null) {
    ctes.push(
      'n AS MATERIALIZED (SELECT rowid AS id, bm25(trader_names) AS score FROM trader_names WHERE trader_names MATCH ?)',
    );
    withParams.push(match);
    [driver, id] = ['n', 'n.id'];
    order.push('n.score');
  }
  if (search.tradeKeys.length > 0) {
    const marks = search.tradeKeys.map(() => '?').join(', ');
    if (driver) {
      // Joined to the driver by the index (trade_key, trader_id): a few lookups per driving row.
      joins.push(
        `CROSS JOIN trader_trades tt ON tt.trade_key IN (${marks}) AND tt.trader_id = ${id}${listed('tt.approved_until')}`,
      );
      joinParams.push(...search.tradeKeys, ...todayIfListed);
      order.push('tt.position');
    } else {
      ctes.push(`tr AS MATERIALIZED (SELECT trader_id AS id, MIN(position) AS position FROM trader_trades
      WHERE trade_key IN (${marks})${listed('approved_until')} GROUP BY trader_id)`);
      withParams.push(...search.tradeKeys, ...todayIfListed);
      [driver, id] = ['tr', 'tr.id'];
      order.push('tr.position');
    }
  }
  const districts = search.place?.districts ?? null;
  if (districts !== null) {
    const marks = districts.length ? districts.map(() => '?').join(', ') : 'NULL';
    if (driver === 'n' || (driver && districts.length <= 1)) {
      // Few driving rows (name matches), or one district: by the index (district, trader_id).
      joins.push(
        `CROSS JOIN trader_areas a ON a.district IN (${marks}) AND a.trader_id = ${id}${listed('a.approved_until')}`,
      );
      joinParams.push(...districts, ...todayIfListed);
      order.push('a.position');
    } else if (driver) {
      // Many driving rows (a trade's traders) and a town's districts: its traders once, joined by id.
      ctes.push(`ar AS MATERIALIZED (SELECT trader_id AS id, MIN(position) AS position FROM trader_areas
      WHERE district IN (${marks})${listed('approved_until')} GROUP BY trader_id)`);
      withParams.push(...districts, ...todayIfListed);
      joins.push(`CROSS JOIN ar ON ar.id = ${id}`);
      order.push('ar.position');
    } else if (districts.length === 1) {
      // One district: read straight from its index range, no grouping.
      [driver, id] = ['trader_areas a', 'a.trader_id'];
      where.push(`a.district = ?${listed('a.approved_until')}`);
      whereParams.push(districts[0] ?? '', ...todayIfListed);
      order.push('a.position');
    } else {
      // A town's districts (none for a place not known: nothing matches), each trader once, at best fit.
      ctes.push(`ar AS MATERIALIZED (SELECT trader_id AS id, MIN(position) AS position FROM trader_areas
      WHERE district IN (${marks})${listed('approved_until')} GROUP BY trader_id)`);
      withParams.push(...districts, ...todayIfListed);
      [driver, id] = ['ar', 'ar.id'];
      order.push('ar.position');
    }
  }
  if (approvedOnly && search.tradeKeys.length === 0 && districts === null) {
    // A name alone: the FTS table knows nothing of status, so read it from traders.
    joins.push(`CROSS JOIN traders s ON s.id = ${id}`);
    where.push("s.status = 'approved' AND s.expires_on >= ?");
    whereParams.push(today);
  }
  order.push(id);
  const lines = [`FROM ${driver}`, ...joins, ...(where.length ? [`WHERE ${where.join(' AND ')}`] : [])];
  // A trader matching two of the trades or districts joined joins twice: GROUP BY keeps them once.
  const twice = /IN \([^)]*,/.test(joins.join('\n'));
  return {
    ctes,
    withParams,
    from: `${lines.join('\n')}${twice ? `\nGROUP BY ${id}` : ''}`,
    fromParams: [...joinParams, ...whereParams],
    id,
    order,
  };
}

export function buildSearchSql(search: TraderSearch, today: string): SqlQuery {
  const m = matches(search, today);
  // The sort keys travel with the page's ids, so only the page's traders are read, and re-sorted.
  const grouped = m.from.includes('\nGROUP BY ');
  const keys = m.order.map((term, i) => (grouped ? `MIN(${term}) AS sort${i}` : `${term} AS sort${i}`)).join(', ');
  const outer = m.order.map((_, i) => `page.sort${i}`).join(', ');
  const sql = `WITH ${[...m.ctes, `m AS (SELECT ${m.id} AS id, ${keys}\n  ${m.from})`].join(',\n')},
page AS (SELECT m.*, COUNT(*) OVER () AS total FROM m ORDER BY ${outer.replaceAll('page.', '')} LIMIT ? OFFSET ?)
SELECT ${COLUMNS}, page.total, ${FACTS}
FROM (SELECT 1) AS one LEFT JOIN page LEFT JOIN traders t ON t.id = page.id
ORDER BY ${outer}`;
  return {
    sql,
    params: [...m.withParams, ...m.fromParams, PAGE_SIZE, (search.page - 1) * PAGE_SIZE, today],
  };
}

/** Counts the matches alone: needed only when a page lies past the last match (so it has no rows). */
export function buildCountSql(search: TraderSearch, today: string): SqlQuery {
  const m = matches(search, today);
  const withClause = m.ctes.length ? `WITH ${m.ctes.join(',\n')}\n` : '';
  return {
    sql: `${withClause}SELECT COUNT(*) AS total FROM (SELECT ${m.id}\n${m.from})`,
    params: [...m.withParams, ...m.fromParams],
  };
}

export function buildMemberSql(key: string, today: string): SqlQuery {
  return {
    sql: `SELECT ${COLUMNS}, ${FACTS}\nFROM (SELECT 1) AS one LEFT JOIN traders t ON t.member_key = ?`,
    params: [today, key],
  };
}
