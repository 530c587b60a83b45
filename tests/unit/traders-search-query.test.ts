import { describe, expect, it } from 'vitest';
import { MESSAGES, parseTraderSearch } from '../../src/lib/traders/search-query.ts';
import { ftsExpression } from '../../src/lib/traders/fts-query.ts';
import { buildCountSql, buildSearchSql } from '../../src/lib/traders/search-sql.ts';

const parse = (query: string) => parseTraderSearch(new URLSearchParams(query));

describe('parseTraderSearch', () => {
  it('reads a trade and a full postcode', () => {
    const result = parse('trade=Roofer&postcode=al10+9ab');
    expect(result).toEqual({
      ok: true,
      search: {
        q: null,
        nameTerms: [],
        trade: 'Roofer',
        tradeKeys: ['roofing'],
        tradeHow: 'known',
        place: { typed: 'al10 9ab', how: 'postcode', districts: ['AL10'], label: 'AL10' },
        page: 1,
        status: 'approved',
        corrections: [],
      },
    });
  });

  it('builds a safe FTS query from name words', () => {
    const result = parse('q=%22Puddleby%22+NEAR(');
    expect(result.ok && ftsExpression(result.search.nameTerms)).toBe('"puddleby"* AND "near"*');
  });

  it('reads a town, or a town with a slip, in the postcode box', () => {
    const town = parse('postcode=Saint+Albans');
    expect(town.ok && town.search.place).toMatchObject({ how: 'place', districts: ['AL1', 'AL2', 'AL3', 'AL4'] });
    const slip = parse('postcode=stevenidge');
    expect(slip.ok && slip.search.place).toMatchObject({ how: 'fuzzy', label: 'Stevenage' });
    expect(slip.ok && slip.search.corrections).toEqual([
      { field: 'postcode', typed: 'stevenidge', understood: 'Stevenage' },
    ]);
  });

  it('asks for at least one of name, trade or postcode', () => {
    expect(parse('')).toEqual({ ok: false, fields: { q: MESSAGES.nothing } });
    expect(parse('q=++&trade=&postcode=')).toEqual({ ok: false, fields: { q: MESSAGES.nothing } });
  });

  it('names each bad field with what to fix', () => {
    const result = parse(`q=${'a'.repeat(101)}&trade=%F0%9F%94%A8&postcode=%3C%3E&page=0&status=secret`);
    expect(result).toEqual({
      ok: false,
      fields: {
        q: MESSAGES.qTooLong,
        trade: MESSAGES.tradeNoWords,
        postcode: MESSAGES.postcode,
        page: MESSAGES.page,
        status: MESSAGES.status,
      },
    });
  });

  it('refuses a name with no letters or digits', () => {
    expect(parse('q=***')).toEqual({ ok: false, fields: { q: MESSAGES.qNoWords } });
  });

  it('accepts status=all and a page number', () => {
    const result = parse('postcode=SG1&status=ALL&page=3');
    expect(result.ok && [result.search.status, result.search.page]).toEqual(['all', 3]);
  });

  it('refuses pages that are not whole numbers in range', () => {
    for (const page of ['-1', '1.5', '1e3', '0x10', '1001', '99999']) {
      expect(parse(`trade=roofer&page=${page}`), page).toEqual({ ok: false, fields: { page: MESSAGES.page } });
    }
  });
});

describe('buildSearchSql', () => {
  const today = '2026-11-23';

  it('filters approved, in-date members unless all are asked for', () => {
    const approved = parse('trade=roofer');
    const all = parse('trade=roofer&status=all');
    if (!approved.ok || !all.ok) throw new Error('parse failed');
    expect(buildSearchSql(approved.search, today).sql).toContain('approved_until >= ?');
    expect(buildSearchSql(all.search, today).sql).not.toContain('approved_until >= ?');
    const byName = parse('q=puddleby');
    if (!byName.ok) throw new Error('parse failed');
    expect(buildSearchSql(byName.search, today).sql).toContain("s.status = 'approved' AND s.expires_on >= ?");
  });

  it('drives the query from the name match, else the trade, else the district', () => {
    const drivers = ['q=pudd&trade=roofer&postcode=AL10', 'trade=roofer&postcode=AL10', 'postcode=AL10'].map(
      (query) => {
        const parsed = parse(query);
        if (!parsed.ok) throw new Error('parse failed');
        return /\n {2}FROM ([a-z_]+(?: a)?)/.exec(buildSearchSql(parsed.search, today).sql)?.[1];
      },
    );
    expect(drivers).toEqual(['n', 'tr', 'trader_areas a']);
    const town = parse('postcode=hatfield');
    if (!town.ok) throw new Error('parse failed');
    expect(/\n {2}FROM ([a-z_]+(?: a)?)/.exec(buildSearchSql(town.search, today).sql)?.[1]).toBe('ar');
  });

  it('passes user text only as parameters, never in the SQL', () => {
    const parsed = parse("q=x'%20OR%201=1&trade=roofer'--&postcode=AL10");
    if (!parsed.ok) throw new Error('parse failed');
    const { sql, params } = buildSearchSql(parsed.search, today);
    expect(sql).not.toContain('OR 1=1');
    expect(sql).not.toContain("roofer'");
    expect(params).toContain('"x"* AND "or"* AND "1"* AND "1"*');
  });

  it('ranks by name match, then trade fit, then district fit, then name (ids are in name order)', () => {
    const parsed = parse('q=puddleby&trade=roofer&postcode=AL10&page=2');
    if (!parsed.ok) throw new Error('parse failed');
    const { sql, params } = buildSearchSql(parsed.search, today);
    expect(sql).toContain('n.score AS sort0, tt.position AS sort1, a.position AS sort2, n.id AS sort3');
    // A town's several districts may each match one trader: grouped, once each, at best fit.
    const town = parse('q=puddleby&postcode=St+Albans');
    if (!town.ok) throw new Error('parse failed');
    const grouped = buildSearchSql(town.search, today).sql;
    expect(grouped).toContain('MIN(n.score) AS sort0, MIN(a.position) AS sort1, MIN(n.id) AS sort2');
    expect(grouped).toContain('GROUP BY n.id');
    expect(sql).toContain('ORDER BY sort0, sort1, sort2, sort3 LIMIT ? OFFSET ?');
    expect(params.slice(-3)).toEqual([20, 20, today]);
    expect(sql.split('?').length - 1).toBe(params.length);
  });

  it('counts with the same matches and parameters, without paging', () => {
    const parsed = parse('q=puddleby&trade=roofer&postcode=AL10');
    if (!parsed.ok) throw new Error('parse failed');
    const { sql, params } = buildCountSql(parsed.search, today);
    expect(sql).toContain('SELECT COUNT(*) AS total FROM (SELECT n.id\nFROM n\nCROSS JOIN trader_trades tt');
    expect(sql).not.toContain('LIMIT');
    expect(sql.split('?').length - 1).toBe(params.length);
  });
});
