import { describe, expect, it } from 'vitest';
import { onRequestGet as alertPage } from '../../functions/alerts/[slug].ts';
import { ALERTS } from '../../functions/alerts/alerts-data.ts';
import { onRequestGet as jsonFeedGet } from '../../functions/alerts/feed-json.ts';
import { onRequestGet as atomFeedGet } from '../../functions/alerts/feed-xml.ts';
import { onRequestGet as alertsGet } from '../../functions/alerts/index.ts';
import { onRequestGet as homeGet } from '../../functions/index.ts';
import { alertLists } from '../../src/lib/alerts/listing.ts';
import { ALERT_STATUS_SLOT, HOME_ALERTS_SLOT } from '../../src/lib/alerts/slots.ts';
import { ukToday } from '../../src/lib/calendar-date.ts';
import { SHELL_MAIN } from '../../src/lib/web/page-shell.ts';
import { HOSTILE_STRINGS } from '../support/hostile-strings.ts';
import { pagesContext } from '../support/platform.ts';

// The alert handlers over the site's real alerts (src/generated/alerts.json), on days set with ?now= (a
// development Worker on loopback). What each day should show is worked out from the same alerts with the
// pure lists, so these tests follow the content as editors change it.

const shell = (title: string, main: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${title} – Site</title></head><body><main>${main}</main></body></html>`;

/** Stands in for the built site: the home page, the /alerts/ shell, each alert page and the 404 page. */
const assets = {
  fetch: (input: Request | string) => {
    const path = new URL(typeof input === 'string' ? input : input.url).pathname;
    const page = (body: string, status = 200) =>
      Promise.resolve(new Response(body, { status, headers: { 'Content-Type': 'text/html' } }));
    if (path === '/') return page(shell('Home', `<h1>Home</h1>${HOME_ALERTS_SLOT}`));
    if (path === '/alerts/') return page(shell('Scams going round now', SHELL_MAIN));
    if (path === '/404.html') return page(shell('Page not found', '<h1>Page not found</h1>'));
    const alert = /^\/alerts\/([a-z0-9-]+)\/$/.exec(path);
    if (alert && ALERTS.some((a) => a.slug === alert[1]))
      return page(shell(alert[1]!, `<h1>${alert[1]!}</h1>${ALERT_STATUS_SLOT}<p>Body</p>`));
    return page(shell('Page not found', '<h1>Page not found</h1>'), 404);
  },
} as unknown as Fetcher;

const env = { ENVIRONMENT: 'development', ASSETS: assets } as Env;
const get = (handler: PagesFunction<Env, 'slug'>, path: string, over: Partial<Env> = {}, slug?: string) =>
  handler(pagesContext<'slug'>(new Request(`http://127.0.0.1:8788${path}`), { ...env, ...over }, slug ? { slug } : {}));

const newest = [...ALERTS].sort((a, b) => b.published.localeCompare(a.published))[0]!;
const busyDay = newest.published; // at least the newest alert is current
const quietDay = '2000-01-01'; // before any alert: nothing current, nothing past

describe('the home page', () => {
  it('shows the newest current alerts for the day, at most three, each linking to its page', async () => {
    const res = await get(homeGet, `/?now=${busyDay}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const expected = alertLists(ALERTS, busyDay).current.slice(0, 3);
    const shown = [...page.matchAll(/<h3 class="alert-summary__title"><a href="\/alerts\/([a-z0-9-]+)\/">/g)].map(
      (m) => m[1],
    );
    expect(shown).toEqual(expected.map((a) => a.slug));
    expect(page).toContain(`<time dateTime="${expected[0]!.published}">`);
    expect(page).toContain('href="/alerts/">See all scam alerts');
  });

  it('says so on a day with no current alert, and links to past alerts', async () => {
    const page = await (await get(homeGet, `/?now=${quietDay}`)).text();
    expect(page).toContain('No scam alerts are current today.');
    expect(page).toContain('href="/alerts/#past-alerts"');
    expect(page).not.toContain('alert-summary');
  });

  it('is never cached past the day, and a simulated day is never cached at all', async () => {
    expect((await get(homeGet, `/?now=${busyDay}`)).headers.get('Cache-Control')).toBe('no-store');
    expect((await get(homeGet, '/')).headers.get('Cache-Control')).toMatch(/^public, max-age=\d+$/);
  });

  it('ignores ?now= on a deployed Worker: the day is today in the UK', async () => {
    const deployed = await (await get(homeGet, `/?now=${busyDay}`, { ENVIRONMENT: 'production' })).text();
    const today = await (await get(homeGet, `/?now=${ukToday()}`)).text();
    expect(deployed).toBe(today);
  });
});

describe('GET /alerts/', () => {
  it('lists the current alerts newest first, then the past ones, as articles with their dates', async () => {
    const res = await get(alertsGet, `/alerts/?now=${busyDay}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const lists = alertLists(ALERTS, busyDay);
    const articles = [...page.matchAll(/<article class="alert-summary"><h3[^>]*><a href="\/alerts\/([a-z0-9-]+)\/"/g)];
    expect(articles.map((m) => m[1])).toEqual([...lists.current, ...lists.past].map((a) => a.slug));
    expect(page.indexOf('id="current-alerts"')).toBeLessThan(page.indexOf('id="past-alerts"'));
    expect(page).toContain('<title>Scams going round now – Site</title>');
  });

  it('narrows to a district, keeping county-wide and national alerts', async () => {
    const district = ALERTS.flatMap((a) => a.areas).find((a) => a !== 'hertfordshire' && a !== 'national');
    if (!district) return; // no alert names a district today: nothing to narrow
    const day = ALERTS.find((a) => a.areas.includes(district))!.published;
    const page = await (await get(alertsGet, `/alerts/?area=${district}&now=${day}`)).text();
    const expected = alertLists(ALERTS, day, { area: district });
    for (const a of [...expected.current, ...expected.past]) expect(page).toContain(`/alerts/${a.slug}/`);
    const others = ALERTS.filter(
      (a) => !a.areas.some((x) => x === district || x === 'hertfordshire' || x === 'national'),
    );
    for (const a of others) expect(page).not.toContain(`/alerts/${a.slug}/`);
    expect(page).toContain(`<option value="${district}" selected="">`);
  });

  it('answers a choice it cannot read with 400 and the form with its choices, never 500', async () => {
    const res = await get(alertsGet, '/alerts/?area=narnia&channel=text');
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('<title>Error: Scams going round now – Site</title>');
    expect(page).toContain('<a href="#area">Choose an area from the list</a>');
    expect(page).toContain('<option value="st-albans">St Albans</option>');
    expect(page).toContain('<option value="text" selected="">');
    for (const text of HOSTILE_STRINGS) {
      for (const name of ['area', 'channel', 'now']) {
        const query = new URLSearchParams({ [name]: text }).toString();
        const answer = await get(alertsGet, `/alerts/?${query}`);
        expect([200, 400], `${name}=${text}`).toContain(answer.status);
        expect(await answer.text()).not.toContain('<script>');
      }
    }
  });
});

describe('GET /alerts/SLUG/', () => {
  const alert = newest;

  it('says the alert is current on its days, and has ended after them', async () => {
    const current = await (await get(alertPage, `/alerts/${alert.slug}/?now=${alert.expires}`, {}, alert.slug)).text();
    expect(current).toContain('This alert is current.');
    const after = `${Number(alert.expires.slice(0, 4)) + 1}${alert.expires.slice(4)}`;
    const ended = await (await get(alertPage, `/alerts/${alert.slug}/?now=${after}`, {}, alert.slug)).text();
    expect(ended).toContain('This alert has ended.');
  });

  it('is not there before the day it is published', async () => {
    expect((await get(alertPage, `/alerts/${alert.slug}/?now=${quietDay}`, {}, alert.slug)).status).toBe(404);
  });

  it('answers an unknown or hostile slug with the 404 page, never 500', async () => {
    for (const slug of ['no-such-alert', ...HOSTILE_STRINGS]) {
      const res = await get(alertPage, `/alerts/${encodeURIComponent(slug)}/`, {}, encodeURIComponent(slug));
      expect(res.status, slug).toBe(404);
    }
  });

  it('sends the address without its trailing slash to the one with it', async () => {
    const res = await get(alertPage, `/alerts/${alert.slug}?now=${busyDay}`, {}, alert.slug);
    expect(res.status).toBe(301);
    expect(res.headers.get('Location')).toBe(`/alerts/${alert.slug}/?now=${busyDay}`);
  });
});

describe('the feeds', () => {
  it('hold exactly the current alerts for the day, newest first, as Atom and as JSON Feed', async () => {
    const expected = alertLists(ALERTS, busyDay).current.map((a) => a.slug);
    const atom = await get(atomFeedGet, `/alerts/feed.xml?now=${busyDay}`);
    expect(atom.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const ids = [...(await atom.text()).matchAll(/<id>tag:[^<]*alerts\/([a-z0-9-]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(expected);
    const json = await get(jsonFeedGet, `/alerts/feed.json?now=${busyDay}`);
    expect(json.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8');
    const items = (await json.json<{ items: { url: string }[] }>()).items;
    expect(items.map((i) => /\/alerts\/([a-z0-9-]+)\//.exec(i.url)?.[1])).toEqual(expected);
  });

  it('answer an unknown area with 400 naming the choices', async () => {
    const res = await get(jsonFeedGet, '/alerts/feed.json?area=narnia');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('area must be one of: broxbourne, dacorum');
  });
});
