import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet as memberGet } from '../../functions/api/traders/[memberId].ts';
import { onRequestGet as searchGet } from '../../functions/api/traders/index.ts';
import { memberResponseSchema, searchResponseSchema } from '../../src/lib/traders/trader-result.ts';
import { HOSTILE_QUERY_STRINGS, HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext, startPlatform, type Platform } from '../support/platform.ts';
import { apiRequest, loadRegister, sampleCsv } from '../support/traders.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
  await loadRegister(platform.env.DB, sampleCsv());
});
afterAll(() => platform.dispose());

/** Checks one answer: an allowed status, and a body in the contract's shape for it. */
async function expectContractAnswer(res: Response, allowed: number[], label: string): Promise<void> {
  expect(allowed, `${label} answered ${res.status}`).toContain(res.status);
  const body: unknown = await res.json();
  if (res.status === 400 || res.status === 404) {
    expect(body, label).toMatchObject({ error: { message: expect.any(String) as string } });
  }
}

const show = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…(${text.length})` : text);

describe('hostile input to the trader API', () => {
  it('has at least 50 hostile strings to try', () => {
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(50);
  });

  it('answers every hostile search parameter with 200 or 400, never 500', async () => {
    for (const text of HOSTILE_STRINGS) {
      const value = encodeURIComponent(text);
      for (const query of [
        `q=${value}`,
        `trade=${value}`,
        `postcode=${value}`,
        `trade=roofer&page=${value}`,
        `trade=roofer&status=${value}`,
        `q=${value}&trade=${value}&postcode=${value}&page=${value}&status=${value}`,
      ]) {
        const res = await searchGet(pagesContext(apiRequest(`/api/traders?${query}`), platform.env));
        if (res.status === 200) {
          searchResponseSchema.parse(await res.clone().json());
        }
        await expectContractAnswer(res, [200, 400], `${query.split('=')[0]!}=${show(text)}`);
      }
    }
  });

  it('answers raw, broken percent-encoding with 200 or 400', async () => {
    for (const query of HOSTILE_QUERY_STRINGS) {
      const res = await searchGet(pagesContext(apiRequest(`/api/traders?${query}`), platform.env));
      await expectContractAnswer(res, [200, 400], query);
    }
  });

  it('answers every hostile membership number with 400 or 404, never 500', async () => {
    for (const text of HOSTILE_STRINGS) {
      const res = await memberGet(pagesContext(apiRequest('/api/traders/x'), platform.env, { memberId: text }));
      if (res.status === 200) memberResponseSchema.parse(await res.clone().json());
      await expectContractAnswer(res, [200, 400, 404], `member ${show(text)}`);
    }
  });

  it('still finds traders after all that', async () => {
    const res = await searchGet(pagesContext(apiRequest('/api/traders?trade=roofer&postcode=AL10'), platform.env));
    expect(res.status).toBe(200);
    expect(searchResponseSchema.parse(await res.json()).total).toBeGreaterThan(0);
  });
});
