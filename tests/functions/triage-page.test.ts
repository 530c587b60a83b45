import { describe, expect, it } from 'vitest';
import { handleTriageShell } from '../../functions/what-to-do-now/answer.ts';
import { handleTriage, onRequestGet } from '../../functions/what-to-do-now/index.ts';
import { SHELL_MAIN } from '../../src/lib/web/page-shell.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext } from '../support/platform.ts';

// The no-JavaScript journey: every GET answered with a full page built from the shell Astro makes.
const SHELL = `<!doctype html><html lang="en-GB"><head><title>What do I do now? – Site</title></head><body><main>${SHELL_MAIN}</main></body></html>`;
const paths: string[] = [];
const env = {
  ASSETS: {
    fetch: (req: Request) => {
      paths.push(new URL(req.url).pathname);
      return Promise.resolve(new Response(SHELL, { headers: { 'Content-Type': 'text/html' } }));
    },
  },
} as unknown as Env;
const brokenEnv = { ASSETS: { fetch: () => Promise.resolve(new Response('', { status: 404 })) } } as unknown as Env;

async function open(query: string, e: Env = env) {
  const res = await onRequestGet(pagesContext(new Request(`http://127.0.0.1:8788/what-to-do-now/?${query}`), e));
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('GET /what-to-do-now/', () => {
  it('asks the next question in the shell, with the earlier answers carried and a back link', async () => {
    const { status, body, headers } = await open('danger=no&situation=contacted');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(headers.get('Cache-Control')).toBe('private, no-store');
    expect(paths.at(-1)).toBe('/what-to-do-now/answer/');
    expect(body).toContain('<title>How did they get in touch? – What do I do now? – Site</title>');
    expect(body).toMatch(/<legend class="legend--page-heading"><h1>How did they get in touch\?<\/h1><\/legend>/);
    expect(body).toContain('<input type="hidden" name="danger" value="no"/>');
    expect(body).toContain('<input type="hidden" name="situation" value="contacted"/>');
    expect(body).toContain('<input type="hidden" name="asked" value="channel"/>');
    expect(body).toContain('href="/what-to-do-now/?danger=no&amp;situation=contacted&amp;change=situation">Back</a>');
    expect(body).toContain('<button type="submit">Continue</button>');
  });

  it('sends a form’s answer to the plain address of the answers, which can be bookmarked', async () => {
    const { status, headers } = await open('danger=yes&asked=danger');
    expect(status).toBe(303);
    expect(headers.get('Location')).toBe('/what-to-do-now/?danger=yes');
  });

  it('shows the plan with 999 first, as a tel: link, when someone is in danger', async () => {
    const { status, body } = await open('danger=yes');
    expect(status).toBe(200);
    expect(body).toContain('<title>Your plan: what to do now – What do I do now? – Site</title>');
    const first = body.indexOf('data-step="call-999"');
    expect(first).toBeGreaterThan(0);
    expect(body.indexOf('data-step=')).toBe(first);
    expect(body).toContain('<a class="plan-call__number" href="tel:999">999</a>');
    // The action in bold, the rest plain.
    expect(body).toContain('<strong>Call 999 now.</strong> Say where you are');
    expect(body).toContain('Write it down');
    expect(body).toContain('href="/what-to-do-now/">Start again</a>');
  });

  it('asks about a "courier" coming to collect, and its plan has 999 first: no danger answer is needed', async () => {
    const question = await open('danger=no');
    expect(question.body).toContain('Someone is coming to get money, a bank card or gold from me');
    const { status, body } = await open('danger=no&situation=collection');
    expect(status).toBe(200);
    const steps = [...body.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
    expect(steps.slice(0, 3)).toEqual(['call-999', 'no-couriers', 'bank']);
    expect(body.indexOf('href="tel:999"')).toBeLessThan(body.indexOf('data-step="no-couriers"'));
    expect(body).toContain('The police and banks never send anyone to collect cash, cards or gold.');
  });

  it('sends cash handed over at the door to the police first: 999 if near, otherwise 101', async () => {
    const { body } = await open('danger=no&situation=paid-or-shared&payment=cash&when=today');
    const steps = [...body.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
    expect(steps.slice(0, 3)).toEqual(['call-999-if-near', 'police-101', 'bank']);
    expect(body).toContain('<a class="plan-call__number" href="tel:101">101</a>');
  });

  it('shows a scam email plan with report@phishing.gov.uk as a mailto: link', async () => {
    const { body } = await open('danger=no&situation=contacted&channel=email&engaged=no&shaken=no');
    expect(body).toContain('<a href="mailto:report@phishing.gov.uk">Email report@phishing.gov.uk</a>');
  });

  it('asks again with an error summary when Continue is pressed with nothing chosen', async () => {
    const { status, body } = await open('danger=no&asked=situation');
    expect(status).toBe(400);
    expect(body).toContain('<title>Error: What has happened? – What do I do now? – Site</title>');
    expect(body).toContain('There is a problem');
    expect(body).toContain('<a href="#situation-at-door-now">Select what has happened</a>');
    expect(body).toContain('<span class="visually-hidden">Error: </span>Select what has happened');
  });

  it('sets aside an answer the path does not ask, and asks the next question, not an error', async () => {
    const { status, body } = await open('danger=no&situation=agreed-work&payment=card');
    expect(status).toBe(200);
    expect(body).toContain('<h1>When did it happen?</h1>');
    expect(body).toContain('<input type="hidden" name="situation" value="agreed-work"/>');
    expect(body).not.toContain('name="payment"');
    expect(body).not.toContain(' checked');
  });

  it('shows the plan for a bookmarked address, keeping every answer on its path', async () => {
    const { status, body } = await open('danger=no&situation=paid-or-shared&payment=card&when=today&gave=yes');
    expect(status).toBe(200);
    expect(body).toContain('<h1>Your plan: what to do now</h1>');
    expect([...body.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1])[0]).toBe('bank');
    // `when` was kept: the bank step for today.
    expect(body).toContain('<strong>Call your bank now.</strong> Do not wait.');
    // The back link goes to the last question on the path, with its answer.
    expect(body).toContain(
      'href="/what-to-do-now/?danger=no&amp;situation=paid-or-shared&amp;payment=card&amp;when=today&amp;change=when">Back</a>',
    );
  });

  it('tells someone in danger who has paid to call the bank once safe, after 999', async () => {
    const { status, body } = await open('danger=yes&situation=paid-or-shared&payment=bank-transfer');
    expect(status).toBe(200);
    const steps = [...body.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
    expect(steps).toEqual(['call-999', 'lock-doors', 'bank', 'when-safe', 'beacon']);
    expect(body).toContain('<strong>When you are safe, call your bank straight away.</strong>');
    expect(body.indexOf('href="tel:999"')).toBeLessThan(body.indexOf('href="tel:159"'));
    // A form that said danger, carrying answers given before, keeps them in the plan's address.
    const form = await open('danger=yes&situation=paid-or-shared&payment=bank-transfer&asked=danger');
    expect(form.status).toBe(303);
    expect(form.headers.get('Location')).toBe(
      '/what-to-do-now/?danger=yes&situation=paid-or-shared&payment=bank-transfer',
    );
  });

  it('never answers 500 and escapes whatever is in the address', async () => {
    for (const s of HOSTILE_STRINGS) {
      for (const query of [
        new URLSearchParams([['danger', s]]),
        new URLSearchParams([
          ['danger', 'no'],
          ['situation', s],
        ]),
        new URLSearchParams([
          ['danger', 'no'],
          ['change', s],
          ['asked', s],
        ]),
        new URLSearchParams([[s, s]]),
      ]) {
        const { status, body } = await open(query.toString());
        expect([200, 303, 400]).toContain(status);
        if (s.includes('<')) expect(body).not.toContain(s);
      }
    }
  });

  it('still answers with a usable page if the shell is missing', async () => {
    const { status, body } = await open('danger=yes', brokenEnv);
    expect(status).toBe(200);
    expect(body).toContain('<title>Your plan: what to do now – What do I do now?</title>');
    expect(body).toContain('tel:999');
  });

  it('is a plain function of the request and env, for the Worker’s route table', async () => {
    const res = await handleTriage(new Request('http://127.0.0.1/what-to-do-now/?danger=no'), env);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('What has happened?');
  });

  it('sends anyone who opens the bare shell to the first question', () => {
    const res = handleTriageShell();
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/what-to-do-now/');
  });

  it('answers a visit with no answers with the page Astro built', async () => {
    const built = { ASSETS: { fetch: () => Promise.resolve(new Response('built page')) } } as unknown as Env;
    const res = await handleTriage(new Request('http://127.0.0.1/what-to-do-now/'), built);
    expect(await res.text()).toBe('built page');
  });
});
