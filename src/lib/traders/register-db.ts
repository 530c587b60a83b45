import { resolveSearch } from './resolve.ts';
import { describeSearch, type TraderSearch } from './search-query.ts';
import { buildCountSql, buildMemberSql, buildSearchSql, type AnswerRow, type TraderRow } from './search-sql.ts';
import { suggestionsFor } from './suggestions.ts';
import type { D1Reader as RegisterDb } from '../web/d1.ts';
import { toTraderResult, type RegisterInfo, type SearchResponse, type TraderResult } from './trader-result.ts';

/** The register's database: the read-only part of D1 (web/d1.ts). */
export type { RegisterDb };

/** Running the register's queries, one statement (one D1 round trip) per answer. */
function registerInfo(row: AnswerRow | undefined): RegisterInfo {
  return { sample: row?.register_source === 'sample', importedAt: row?.register_imported_at ?? null };
}

const traders = (rows: AnswerRow[]): TraderRow[] =>
  rows.filter((r): r is AnswerRow & TraderRow => r.member_id !== null);

export async function searchRegister(db: RegisterDb, parsed: TraderSearch, today: string): Promise<SearchResponse> {
  const search = await resolveSearch(db, parsed);
  const query = buildSearchSql(search, today);
  const { results } = await db
    .prepare(query.sql)
    .bind(...query.params)
    .all<AnswerRow>();
  const rows = traders(results);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && search.page > 1) {
    // Past the last page: no rows to carry the window count, so count on its own.
    const count = buildCountSql(search, today);
    const counted = await db
      .prepare(count.sql)
      .bind(...count.params)
      .all<{ total: number }>();
    total = counted.results[0]?.total ?? 0;
  }
  return {
    query: describeSearch(search),
    total,
    results: rows.map(toTraderResult),
    register: registerInfo(results[0]),
    suggestions: total === 0 ? suggestionsFor(search) : [],
  };
}

export async function findMember(
  db: RegisterDb,
  key: string,
  today: string,
): Promise<{ trader: TraderResult | null; register: RegisterInfo }> {
  const query = buildMemberSql(key, today);
  const { results } = await db
    .prepare(query.sql)
    .bind(...query.params)
    .all<AnswerRow>();
  const row = traders(results)[0];
  return { trader: row ? toTraderResult(row) : null, register: registerInfo(results[0]) };
}
