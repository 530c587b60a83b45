import { describe, expect, it } from 'vitest';
import { handleCancel, onRequestGet } from '../../functions/can-i-still-cancel/index.ts';
import { SHELL_MAIN } from '../../src/lib/web/page-shell.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext } from '../support/platform.ts';

// The calculator without JavaScript: a GET of its questions answered with a full page from the shell.
const SHELL = `<!doctype html><html lang="en-GB"><head><title>Can I still cancel? – Site</title></head><body><main>${SHELL_MAIN}</main></body></html>`;
const paths: string[] = [];
const env = {
  ASSETS: {
    fetch: (req: Request) => {
      const url = new URL(req.url);
      paths.push(url.pathname + url.search);
      return Promise.resolve(new Response(SHELL, { headers: { 'Content-Type': 'text/html' } }));
    },
  },
} as unknown as Env;
const brokenEnv = { ASSETS: { fetch: () => Promise.resolve(new Response('', { status: 404 })) } } as unknown as Env;

/** 9 December 2025, midday in London: a week after the driveway below was agreed. */
const NOW = new Date('2025-12-09T12:00:00Z');
const DRIVEWAY =
  'kind=services&agreedOn-day=2&agreedOn-month=12&agreedOn-year=2025&price=%C2%A34%2C000&offPremises=yes' +
  '&infoGiven=yes&urgentRepairRequested=no&earlyStart=no';

async function open(query: string, e: Env = env) {
  const res = await handleCancel(new Request(`http://127.0.0.1:8788/can-i-still-cancel/?${query}`), e, NOW);
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('GET /can-i-still-cancel/', () => {
  it('with no query, is the page Astro built', async () => {
    const res = await onRequestGet(pagesContext(new Request('http://127.0.0.1:8788/can-i-still-cancel/'), env));
    expect(res.status).toBe(200);
    expect(paths.at(-1)).toBe('/can-i-still-cancel/');
  });

  it('answers the form with the last day written out and the filled letter, in the shell', async () => {
    const { status, body, headers } = await open(DRIVEWAY);
    expect(status).toBe(200);
    expect(paths.at(-1)).toBe('/can-i-still-cancel/answer/');
    expect(headers.get('Cache-Control')).toBe('private, no-store');
    expect(body).toContain('<title>Yes, you can still cancel – Can I still cancel? – Site</title>');
    expect(body).toContain('Your last day to cancel is <strong>Tuesday 16 December 2025</strong>');
    expect(body).toContain('<h2 id="letter-builder-heading">Your cancellation letter</h2>');
    expect(body).toContain('2 December 2025'); // the letter's "ordered on", filled in
    // No controls that only the island can act on.
    expect(body).not.toContain('Print your letter');
    expect(body).not.toContain('<input');
  });

  it('never says "yes" on a guess for a quote accepted later by phone: it may not be covered, with a safe date', async () => {
    const { status, body } = await open(DRIVEWAY.replace('offPremises=yes', 'offPremises=later'));
    expect(status).toBe(200);
    expect(body).toContain(
      '<title>The 14-day right to cancel may not cover this contract – Can I still cancel? – Site</title>',
    );
    expect(body).not.toContain('Yes, you can still cancel');
    expect(body).toContain('If the 14-day right covers it, cancel by <strong>Tuesday 16 December 2025</strong>');
    expect(body).toContain('href="tel:08082231133"');
  });

  it('asks where it was agreed, explaining "off-premises" and offering "said yes later by phone"', async () => {
    const { status, body } = await open('kind=services');
    expect(status).toBe(400);
    expect(body).toContain('The law calls this “off-premises”.');
    expect(body).toContain('The trader came to my home, but I said yes later, by phone, email or text');
    expect(body).toContain('value="later"');
  });

  it('gives the same answer for a link with ISO dates, and links back to the questions filled in', async () => {
    const iso = await open(
      'kind=services&agreedOn=2025-12-02&price=4000&offPremises=yes&infoGiven=yes&urgentRepairRequested=no&earlyStart=no',
    );
    expect(iso.status).toBe(200);
    expect(iso.body).toContain('Your last day to cancel is <strong>Tuesday 16 December 2025</strong>');
    const change = /href="(\/can-i-still-cancel\/\?[^"]*change=yes)"/.exec(iso.body)?.[1] ?? '';
    expect(change).not.toBe('');
    const again = await open(change.replace('/can-i-still-cancel/?', '').replace(/&amp;/g, '&'));
    expect(again.status).toBe(200);
    expect(again.body).toContain('id="kind-services" name="kind" checked="" value="services"');
    expect(again.body).toContain('name="agreedOn-day" value="02"');
    expect(again.body).toContain('name="earlyStart" checked="" value="no"');
  });

  it('reads goods with an ISO arrival date and information given later', async () => {
    const { status, body } = await open(
      'kind=goods&agreedOn=2025-12-01&price=900&offPremises=yes&infoGiven=yes&infoGivenOn=2025-12-03' +
        '&madeToSpecification=no&goodsReceivedOn=2025-12-05',
    );
    expect(status).toBe(200);
    // Information given late but before the 14 days began: the reg 30(3) date, the safe date to act by.
    expect(body).toContain('Your last day to cancel is <strong>Friday 19 December 2025</strong>');
    expect(body).toContain('regulation 30(3)');
    expect(body).toContain('Your cancellation letter');
  });

  it('asks the questions again with the error summary for a date that does not exist (400)', async () => {
    const { status, body } = await open(
      DRIVEWAY.replace('agreedOn-day=2', 'agreedOn-day=31').replace('month=12', 'month=2'),
    );
    expect(status).toBe(400);
    expect(body).toContain('<title>Error: Can I still cancel? – Site</title>');
    // govuk-frontend's pattern: focus (here autofocus, without JavaScript) on the summary, role="alert" inside.
    expect(body).toContain('<div class="error-summary" tabindex="-1" autofocus=""><div role="alert">');
    expect(body).toContain('<a href="#agreedOn-day">The date you agreed must be a real date, like 2 12 2025</a>');
    expect(body).toContain('<span class="visually-hidden">Error: </span>The date you agreed must be a real date');
    expect(body).toContain('value="31"'); // what they typed stays in the box
  });

  it('never fails on hostile or repeated input: a page with errors, or an answer', async () => {
    for (const hostile of HOSTILE_STRINGS) {
      const q = new URLSearchParams({ kind: hostile, agreedOn: hostile, price: hostile, offPremises: hostile });
      q.append('kind', 'goods');
      const { status, body } = await open(q.toString());
      expect(status).toBe(400);
      expect(body).not.toContain('<script>alert');
    }
  });

  it('still answers when the shell is missing', async () => {
    const { status, body } = await open(DRIVEWAY, brokenEnv);
    expect(status).toBe(200);
    expect(body).toContain('Tuesday 16 December 2025');
  });
});
