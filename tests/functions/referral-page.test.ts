import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { describe, expect, it } from 'vitest';
import { onRequestGet } from '../../functions/get-help/refer-yourself-to-beacon/index.ts';
import { ReferralForm } from '../../src/components/referral/ReferralForm.tsx';
import { BLANK_SUBMISSION_ID } from '../../src/lib/referral/submission-id.ts';
import { pagesContext } from '../support/platform.ts';

/** The page as built: the no-JavaScript form as the island renders it before it loads. */
const built = `<!doctype html><html><body>${renderToStaticMarkup(createElement(ReferralForm, { answers: {}, errors: {} }))}</body></html>`;
const env = {
  ASSETS: { fetch: () => Promise.resolve(new Response(built, { headers: { 'Content-Type': 'text/html' } })) },
} as unknown as Env;
const get = (path = '/get-help/refer-yourself-to-beacon/') =>
  onRequestGet(pagesContext(new Request(`http://127.0.0.1:8788${path}`), env));
const idIn = (page: string) => /name="submissionId" value="([^"]*)"/.exec(page)?.[1];

describe('GET /get-help/refer-yourself-to-beacon/', () => {
  it('is built with one blank submission id for the Worker to fill', () => {
    expect(built.split(BLANK_SUBMISSION_ID)).toHaveLength(2);
  });

  it('gives each visit its own submission id, and is never cached', async () => {
    const [first, second] = await Promise.all([get(), get()]);
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Control')).toBe('no-store');
    const ids = [idIn(await first.text()), idIn(await second.text())];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
