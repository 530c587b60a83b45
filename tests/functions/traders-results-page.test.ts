import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRequestGet } from '../../functions/check-a-trader/results/index.ts';
import { SHELL_MAIN } from '../../src/lib/web/page-shell.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext, startPlatform, type Platform } from '../support/platform.ts';
import { loadRegister, sampleCsv } from '../support/traders.ts';

// The no-JavaScript path: GET forms answered with full pages built from the shell Astro makes.
const SHELL = `<!doctype html><html lang="en-GB"><head><title>Check a trader – Site</title></head><body><main>${SHELL_MAIN}</main></body></html>`;
const shellAssets = {
  fetch: () => Promise.resolve(new Response(SHELL, { headers: { 'Content-Type': 'text/html' } })),
} as unknown as Fetcher;

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
  await loadRegister(platform.env.DB, sampleCsv());
});
afterAll(() => platform.dispose());

async function open(query: string, env: Env = { ...platform.env, ASSETS: shellAssets }) {
  const res = await onRequestGet(
    pagesContext(new Request(`http://127.0.0.1:8788/check-a-trader/results/?${query}`), env),
  );
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('GET /check-a-trader/results/', () => {
  it('answers a search with a full page of results in the shell, saying the data is a sample', async () => {
    const { status, body, headers } = await open('trade=roofer&postcode=AL10+9AB');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(body).toMatch(/<title>\d+ approved traders? found – Check a trader – Site<\/title>/);
    expect(body).toContain('Puddleby &amp; Daughters Roofing');
    expect(body).toContain('Sample data:');
    expect(body).toContain('<a href="tel:01632960001">01632 960001</a>');
    expect(body).toContain('Not on the list?');
    // Not being a member does not make a trader a rogue: the page names other checks, not "turn them away".
    expect(body).toContain('That does not make them a rogue trader.');
    expect(body).toContain('Never use anyone who knocked on your door');
    expect(body).not.toContain('let them start work');
    expect(body).toContain('href="/check-a-trader/results/?member=BWC-10001"');
    expect(body).toContain('value="roofer"');
  });

  it('answers membership numbers: approved, expired, and unknown as 404', async () => {
    const approved = await open('member=bwc+10001');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatch(/<h1[^>]*>Membership number BWC-10001<\/h1>/);
    expect(approved.body).toContain('<strong class="tag tag--approved">Approved</strong>');
    const expired = await open('member=BWC-10002');
    expect(expired.body).toContain('<strong class="tag tag--expired">Membership ended</strong>');
    const unknown = await open('member=BWC-99999');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('No member has the number BWC-99999.');
    // A number nobody has can be shared too, as the island offers (the two once drifted apart).
    expect(unknown.body).toContain('<a href="/check-a-trader/results/?member=BWC-99999">Share this result</a>');
    expect(unknown.body).toContain('<a href="tel:08082231133">0808 223 1133</a>');
  });

  it('shows the forms again with an error summary for bad input, values escaped', async () => {
    const { status, body } = await open('postcode=%3C%3E&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(status).toBe(400);
    expect(body).toContain('<title>Error: Search – Check a trader – Site</title>');
    expect(body).toContain('There is a problem');
    expect(body).toContain('<a href="#trader-postcode">Enter a postcode');
    expect(body).not.toContain('<script>alert(1)');
    expect(body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('sends a visit with no question back to the check page', async () => {
    const { status, headers } = await open('');
    expect(status).toBe(303);
    expect(headers.get('Location')).toBe('/check-a-trader/');
  });

  it('answers every hostile input with 200, 400 or 404, escaped, never 500', async () => {
    for (const text of HOSTILE_STRINGS) {
      const value = encodeURIComponent(text);
      for (const query of [
        `q=${value}`,
        `trade=${value}&postcode=${value}`,
        `member=${value}`,
        `trade=roofer&page=${value}`,
      ]) {
        const { status, body } = await open(query);
        expect([200, 400, 404], `${query.slice(0, 40)} answered ${status}`).toContain(status);
        expect(body).not.toMatch(/<script>alert|<img src=x/);
      }
    }
  });

  it('still answers with a page when the shell cannot be loaded', async () => {
    const broken = { fetch: () => Promise.resolve(new Response('gone', { status: 404 })) } as unknown as Fetcher;
    const { status, body } = await open('trade=roofer', { ...platform.env, ASSETS: broken });
    expect(status).toBe(200);
    expect(body).toContain('<main>');
    expect(body).toContain('approved trader');
  });

  it('answers 503 with the forms when the database fails', async () => {
    const DB = {
      prepare: () => {
        throw new Error('down');
      },
    } as unknown as D1Database;
    const { status, body } = await open('trade=roofer', { ...platform.env, DB, ASSETS: shellAssets });
    expect(status).toBe(503);
    expect(body).toContain('The trader check is not working just now.');
  });
});
