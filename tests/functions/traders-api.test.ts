import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet as memberGet } from '../../functions/api/traders/[memberId].ts';
import { onRequestGet as searchGet } from '../../functions/api/traders/index.ts';
import { API_MESSAGES } from '../../src/lib/traders/api.ts';
import { MESSAGES } from '../../src/lib/traders/search-query.ts';
import {
  memberResponseSchema,
  searchResponseSchema,
  type SearchResponse,
  type TraderResult,
} from '../../src/lib/traders/trader-result.ts';
import { pagesContext, startPlatform, type Platform } from '../support/platform.ts';
import { apiRequest, loadRegister, sampleCsv } from '../support/traders.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
  await loadRegister(platform.env.DB, sampleCsv());
});
afterAll(() => platform.dispose());

async function search(query: string): Promise<{ status: number; headers: Headers; body: SearchResponse }> {
  const res = await searchGet(pagesContext(apiRequest(`/api/traders?${query}`), platform.env));
  const json: unknown = await res.json();
  return {
    status: res.status,
    headers: res.headers,
    body: res.status === 200 ? searchResponseSchema.parse(json) : (json as SearchResponse),
  };
}

async function member(id: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await memberGet(
    pagesContext(apiRequest(`/api/traders/${encodeURIComponent(id)}`), platform.env, { memberId: id }),
  );
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const ids = (results: TraderResult[]) => results.map((r) => r.memberId);

describe('GET /api/traders', () => {
  it('finds approved traders by trade and postcode, with the contract’s fields', async () => {
    const { status, body, headers } = await search('trade=roofer&postcode=AL10+9AB');
    expect(status).toBe(200);
    expect(headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(body.total).toBeGreaterThan(0);
    expect(ids(body.results)).toContain('BWC-10001');
    for (const trader of body.results) {
      expect(trader.status).toBe('approved');
      expect(trader.areas).toContain('AL10');
      expect(trader.trades).toContain('Roofing');
    }
    expect(Object.keys(body.results[0]!).sort()).toEqual(
      [
        'memberId',
        'name',
        'trades',
        'areas',
        'town',
        'phone',
        'email',
        'website',
        'status',
        'memberSince',
        'expiresOn',
      ].sort(),
    );
    expect(body.query).toMatchObject({ trade: 'roofer', tradeLabel: 'Roofing', postcode: 'AL10', page: 1 });
  });

  it('reads "al10 9ab", "AL109AB" and "AL10" as the same district', async () => {
    const answers = await Promise.all(['al10+9ab', 'AL109AB', 'AL10'].map((p) => search(`postcode=${p}`)));
    expect(answers.map((a) => a.body.query.postcode)).toEqual(['AL10', 'AL10', 'AL10']);
    expect(ids(answers[1]!.body.results)).toEqual(ids(answers[0]!.body.results));
    expect(ids(answers[2]!.body.results)).toEqual(ids(answers[0]!.body.results));
  });

  it('treats roofer and roofing as the same trade', async () => {
    const [roofer, roofing] = await Promise.all([search('trade=roofer'), search('trade=Roofing')]);
    expect(roofer.body.total).toBeGreaterThan(0);
    expect(ids(roofer.body.results)).toEqual(ids(roofing.body.results));
  });

  it('matches business name words by prefix, ignoring case and accents', async () => {
    expect(ids((await search('q=pudd+daught+roof')).body.results)).toEqual(['BWC-10001']);
    expect(ids((await search('q=CREME+de+la')).body.results)).toContain('BWC-10004');
    expect(ids((await search('q=Cr%C3%A8me')).body.results)).toContain('BWC-10004');
  });

  it('lists only approved members unless status=all is asked for', async () => {
    const approved = await search('q=Quillfeather+Plumbing+Heating');
    expect(ids(approved.body.results)).not.toContain('BWC-10002');
    const all = await search('q=Quillfeather+Plumbing+Heating&status=all');
    expect(all.body.results.find((t) => t.memberId === 'BWC-10002')?.status).toBe('expired');
    const suspended = await search('q=Thistlewood+Driveways&status=all');
    expect(suspended.body.results.find((t) => t.memberId === 'BWC-10003')?.status).toBe('suspended');
  });

  it('pages through results without repeats and keeps the total past the last page', async () => {
    const first = await search('postcode=SG1&status=all');
    const second = await search('postcode=SG1&status=all&page=2');
    const past = await search('postcode=SG1&status=all&page=50');
    expect(first.body.results).toHaveLength(20);
    expect(second.body.total).toBe(first.body.total);
    expect(first.body.results.length + second.body.results.length).toBe(Math.min(first.body.total, 40));
    expect(ids(second.body.results).filter((id) => ids(first.body.results).includes(id))).toEqual([]);
    expect(past.body).toMatchObject({ total: first.body.total, results: [] });
  });

  it('says the register is the sample', async () => {
    expect((await search('trade=roofer')).body.register).toEqual({
      sample: true,
      importedAt: '2026-11-23T09:00:00.000Z',
    });
  });

  it('answers 400 with a message per field for bad input', async () => {
    const none = await search('');
    expect(none.status).toBe(400);
    expect(none.body).toEqual({ error: { message: MESSAGES.invalid, fields: { q: MESSAGES.nothing } } });
    const bad = await search('postcode=%3C%3E&page=0');
    expect(bad.body).toEqual({
      error: { message: MESSAGES.invalid, fields: { postcode: MESSAGES.postcode, page: MESSAGES.page } },
    });
  });
});

describe('GET /api/traders/MEMBER_ID', () => {
  it('returns an approved member', async () => {
    const { status, body, headers } = await member('BWC-10001');
    expect(status).toBe(200);
    expect(headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(memberResponseSchema.parse(body).trader).toMatchObject({
      memberId: 'BWC-10001',
      status: 'approved',
      town: 'Hatfield',
    });
  });

  it('returns expired and suspended members as such', async () => {
    expect(memberResponseSchema.parse((await member('BWC-10002')).body).trader.status).toBe('expired');
    expect(memberResponseSchema.parse((await member('BWC-10003')).body).trader.status).toBe('suspended');
  });

  it('finds a number typed as it is read from a card', async () => {
    for (const typed of ['bwc 10001', 'BWC10001', ' bwc-10001 ']) {
      expect((await member(typed)).status, typed).toBe(200);
    }
  });

  it('decodes the path segment, which Pages passes on still percent-encoded', async () => {
    expect((await member('bwc%2010001')).status).toBe(200);
    expect((await member('%E0%A4%A')).status).toBe(400);
  });

  it('answers 404 for a number not on the register', async () => {
    const { status, body } = await member('BWC-99999');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { message: API_MESSAGES.memberNotFound } });
  });

  it('answers 400 for text that cannot be a membership number', async () => {
    const { status, body } = await member('<script>');
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { message: API_MESSAGES.memberInvalid, fields: { memberId: API_MESSAGES.memberInvalid } },
    });
  });
});

describe('the register as it changes', () => {
  // Each test loads a register of its own; the sample goes back after it, pass or fail, for the tests below.
  afterEach(async () => {
    await loadRegister(platform.env.DB, sampleCsv());
  });
  const HEADER = 'member_id,business_name,trades,areas,town,phone,email,website,member_since,expires_on,status';

  it('shows an approved member past their expiry date as expired, and leaves them out of searches', async () => {
    await loadRegister(
      platform.env.DB,
      `${HEADER}\nBWC-1,Lapsed Roofing,Roofing,AL10,Hatfield,01707 000001,,,2010-01-01,2020-01-01,approved\n`,
    );
    expect(memberResponseSchema.parse((await member('BWC-1')).body).trader.status).toBe('expired');
    expect((await search('trade=roofing')).body.total).toBe(0);
    expect((await search('trade=roofing')).body.register.sample).toBe(false);
  });

  it('ranks the name match first, then the main trade, then the first-listed district', async () => {
    await loadRegister(
      platform.env.DB,
      [
        HEADER,
        'BWC-1,Aardvark Gutters,Roofing;Guttering,SG1;AL10,Hatfield,01707 000001,,,2020-01-01,2030-01-01,approved',
        'BWC-2,Zebra Gutters,Guttering,SG1;AL10,Hatfield,01707 000002,,,2020-01-01,2030-01-01,approved',
        'BWC-3,Mongoose Gutters,Guttering,AL10;SG1,Hatfield,01707 000003,,,2020-01-01,2030-01-01,approved',
        'BWC-4,Gutters Gutters Gutters,Roofing;Guttering,SG1,Hatfield,01707 000004,,,2020-01-01,2030-01-01,approved',
      ].join('\n'),
    );
    expect(ids((await search('trade=gutters&postcode=AL10')).body.results)).toEqual(['BWC-3', 'BWC-2', 'BWC-1']);
    expect(ids((await search('q=gutters&trade=gutters')).body.results)[0]).toBe('BWC-4');
  });
});

describe('when the database fails', () => {
  it('answers 503, not 500', async () => {
    const broken = {
      ...platform.env,
      DB: {
        prepare: () => {
          throw new Error('D1 is down');
        },
      },
    } as unknown as Env;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await searchGet(pagesContext(apiRequest('/api/traders?trade=roofer'), broken));
      expect(res.status).toBe(503);
      const one = await memberGet(pagesContext(apiRequest('/api/traders/BWC-1'), broken, { memberId: 'BWC-1' }));
      expect(one.status).toBe(503);
    } finally {
      console.error = original;
    }
    expect(JSON.stringify(errors)).not.toContain('roofer');
  });
});

describe('GET /api/traders forgives what people type (issue 10)', () => {
  const first3 = async (query: string) => ids((await search(query)).body.results.slice(0, 3));

  it('finds the issue’s examples through the real D1', async () => {
    expect(await first3('trade=plummer&postcode=stevenage')).toContain('BWC-10006');
    expect(await first3('trade=electrican&postcode=CM23')).toContain('BWC-10010');
    expect(await first3('trade=gas&postcode=hemel')).toContain('BWC-10007');
    expect(await first3('q=harpendon')).toContain('BWC-10005');
    expect(await first3('q=oneill')).toContain('BWC-10006');
    expect(await first3('q=o+neill')).toContain('BWC-10006');
    expect(await first3('q=saint+albans+sash')).toContain('BWC-10008');
  });

  it('takes a town in the postcode box and says how it read it', async () => {
    const { status, body } = await search('postcode=Saint+Albans');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.query.postcode).toBeNull();
    expect(body.query.place).toEqual({
      typed: 'Saint Albans',
      label: 'St Albans',
      districts: ['AL1', 'AL2', 'AL3', 'AL4'],
      found: true,
    });
    for (const t of body.results) expect(t.areas.some((a) => body.query.place?.districts.includes(a))).toBe(true);
  });

  it('lists a trader once when they cover several of a town’s districts', async () => {
    // St Albans Sash Windows covers AL1, AL3 and AL4, all St Albans districts.
    for (const query of ['q=sash&postcode=St+Albans', 'trade=windows&postcode=St+Albans', 'postcode=St+Albans']) {
      const { body } = await search(query);
      const all = ids(body.results);
      expect(new Set(all).size, query).toBe(all.length);
      if (query.startsWith('q=')) expect(all, query).toEqual(['BWC-10008']);
      expect(body.total, query).toBeGreaterThanOrEqual(all.length);
    }
  });

  it('says when it shows results for something other than what was typed', async () => {
    const { body } = await search('q=harpendon&trade=rofer');
    expect(body.query.corrections).toEqual([
      { field: 'trade', typed: 'rofer', understood: 'Roofing' },
      { field: 'q', typed: 'harpendon', understood: 'harpenden' },
    ]);
    const exact = await search('q=harpenden');
    expect(exact.body.query.corrections).toEqual([]);
  });

  it('ranks a name found as typed above any correction', async () => {
    // "puddleby" is in the register: never "corrected" to a neighbour, even one a slip away.
    const { body } = await search('q=puddleby');
    expect(body.query.corrections).toEqual([]);
    for (const t of body.results) expect(t.name.toLowerCase()).toContain('puddleby');
  });

  it('finds nobody for a place it does not know, and suggests other searches', async () => {
    const { status, body } = await search('trade=roofer&postcode=Luton');
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    expect(body.query.place?.found).toBe(false);
    expect(body.suggestions.map((s) => s.postcode)).toContain(null);
  });
});
