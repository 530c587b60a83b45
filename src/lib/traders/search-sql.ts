import { PAGE_SIZE, type TraderSearch } from './search-query.ts';

/**
 * The SQL for a trader search and a membership lookup. One statement each, so a search is one round trip
 * to D1: the total comes from a window count over the matches, taken before LIMIT.
 *
 * Ranking: the name match first (FTS5 bm25, best first), then trade fit (the trade is the trader's main
 * one), then district fit (the district is the first the trader lists, usually where they are based),
 * then name order. An "approved" member whose expiry date has passed is shown as expired and is not
 * listed as approved — the register may lag behind the calendar.
 */

export interface SqlQuery {
  sql: string;
  params: (string | number)[];
}

/** The row shape both queries return (traders' columns, status already made effective). */
export interface TraderRow {
  member_id: string;
  business_name: string;
  trades: string;
  areas: string;
  town: string;
  phone: string;
  email: string | null;
  website: string | null;
  status: 'approved' | 'suspended' | 'expired';
  member_since: string;
  expires_on: string;
  /** Matches in all (search only). */
  total?: number;
}

const COLUMNS = `t.member_id, t.business_name, t.trades, t.areas, t.town, t.phone, t.email, t.website,
  CASE WHEN t.status = 'approved' AND t.expires_on < ? THEN 'expired' ELSE t.status END AS status,
  t.member_since, t.expires_on`;

/** FROM … WHERE for the matches of a search, with its parameters. */
function matches(search: TraderSearch, today: string): SqlQuery & { order: string[] } {
  const params: (string | number)[] = [];
  const joins: string[] = [];
  const order: string[] = [];
  if (search.match !== null) {
    joins.push(`JOIN (SELECT rowid AS id, bm25(trader_names) AS score FROM trader_names
      WHERE trader_names MATCH ?) n ON n.id = t.id`);
    params.push(search.match);
    order.push('n.score');
  }
  if (search.tradeKeys.length > 0) {
    const marks = search.tradeKeys.map(() => '?').join(', ');
    joins.push(`JOIN (SELECT trader_id, MIN(position) AS position FROM trader_trades
      WHERE trade_key IN (${marks}) GROUP BY trader_id) tr ON tr.trader_id = t.id`);
    params.push(...search.tradeKeys);
    order.push('tr.position');
  }
  if (search.district !== null) {
    joins.push('JOIN trader_areas a ON a.trader_id = t.id AND a.district = ?');
    params.push(search.district);
    order.push('a.position');
  }
  let where = '';
  if (search.status === 'approved') {
    where = "WHERE t.status = 'approved' AND t.expires_on >= ?";
    params.push(today);
  }
  order.push('t.business_name COLLATE NOCASE', 't.id');
  return { sql: `FROM traders t\n${joins.join('\n')}\n${where}`, params, order };
}

export function buildSearchSql(search: TraderSearch, today: string): SqlQuery {
  const from = matches(search, today);
  return {
    sql: `SELECT ${COLUMNS}, COUNT(*) OVER () AS total\n${from.sql}\nORDER BY ${from.order.join(', ')}\nLIMIT ? OFFSET ?`,
    params: [today, ...from.params, PAGE_SIZE, (search.page - 1) * PAGE_SIZE],
  };
}

/** Counts the matches alone: needed only when a page lies past the last match (so it has no rows). */
export function buildCountSql(search: TraderSearch, today: string): SqlQuery {
  const from = matches(search, today);
  return { sql: `SELECT COUNT(*) AS total ${from.sql}`, params: from.params };
}

export function buildMemberSql(key: string, today: string): SqlQuery {
  return { sql: `SELECT ${COLUMNS} FROM traders t WHERE t.member_key = ?`, params: [today, key] };
}
