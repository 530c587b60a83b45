import { describeSearch, type TraderSearch } from './search-query.ts';
import { buildCountSql, buildMemberSql, buildSearchSql, type TraderRow } from './search-sql.ts';
import { toTraderResult, type RegisterInfo, type SearchResponse, type TraderResult } from './trader-result.ts';

/**
 * Running the register's queries. D1 is described structurally (the real binding satisfies it) so
 * src/lib stays free of Cloudflare imports. Each search is one D1 round trip: a batch of the search and
 * the register's facts.
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- mirrors D1's own generic signatures */
export interface RegisterStatement {
  bind(...values: unknown[]): RegisterStatement;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
}
export interface RegisterDb {
  prepare(sql: string): RegisterStatement;
  batch<T = unknown>(statements: RegisterStatement[]): Promise<{ results: T[] }[]>;
}
/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */

const META_SQL = "SELECT key, value FROM register_meta WHERE key IN ('source', 'imported_at')";

function registerInfo(rows: { key: string; value: string }[]): RegisterInfo {
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  return { sample: value('source') === 'sample', importedAt: value('imported_at') };
}

export async function searchRegister(db: RegisterDb, search: TraderSearch, today: string): Promise<SearchResponse> {
  const query = buildSearchSql(search, today);
  const [found, meta] = await db.batch([db.prepare(query.sql).bind(...query.params), db.prepare(META_SQL)]);
  const rows = (found?.results ?? []) as TraderRow[];
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && search.page > 1) {
    // Past the last page: no rows to carry the window count, so count on its own.
    const count = buildCountSql(search, today);
    const { results } = await db.prepare(count.sql).bind(...count.params).all<{ total: number }>();
    total = results[0]?.total ?? 0;
  }
  return {
    query: describeSearch(search),
    total,
    results: rows.map(toTraderResult),
    register: registerInfo((meta?.results ?? []) as { key: string; value: string }[]),
  };
}

export async function findMember(
  db: RegisterDb,
  key: string,
  today: string,
): Promise<{ trader: TraderResult | null; register: RegisterInfo }> {
  const query = buildMemberSql(key, today);
  const [found, meta] = await db.batch([db.prepare(query.sql).bind(...query.params), db.prepare(META_SQL)]);
  const row = (found?.results ?? [])[0] as TraderRow | undefined;
  return {
    trader: row ? toTraderResult(row) : null,
    register: registerInfo((meta?.results ?? []) as { key: string; value: string }[]),
  };
}
