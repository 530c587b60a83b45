import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/_routes.ts';
import { coveredBy, matchRoute, type Route } from '../../src/lib/web/routes.ts';

const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url).pathname, 'utf8');
const runWorkerFirst = [...(/run_worker_first = \[([^\]]*)\]/.exec(toml)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map(
  (m) => m[1] ?? '',
);

const table: Route<string>[] = [
  { method: 'GET', pattern: '/api/traders', handler: 'search' },
  { method: 'GET', pattern: '/api/traders/:memberId', handler: 'member' },
  { method: 'POST', pattern: '/api/referral', handler: 'referral' },
  { method: 'GET', pattern: '/search/', handler: 'page' },
];

describe('the Worker’s route table', () => {
  it('matches paths with or without a trailing slash, and HEAD as GET', () => {
    expect(matchRoute(table, 'GET', '/search')).toMatchObject({ route: { handler: 'page' } });
    expect(matchRoute(table, 'HEAD', '/search/')).toMatchObject({ route: { handler: 'page' } });
    expect(matchRoute(table, 'GET', '/api/traders/')).toMatchObject({ route: { handler: 'search' } });
  });

  it('hands over path parameters still percent-encoded, as Pages did', () => {
    expect(matchRoute(table, 'GET', '/api/traders/bwc%2010234')).toEqual({
      route: table[1],
      params: { memberId: 'bwc%2010234' },
    });
    expect(matchRoute(table, 'GET', '/api/traders/a/b')).toEqual({ none: 'not-found' });
  });

  it('tells a wrong method from a path that is no route', () => {
    expect(matchRoute(table, 'GET', '/api/referral')).toEqual({ none: 'method-not-allowed', allow: ['POST'] });
    expect(matchRoute(table, 'GET', '/advice/rogue-traders/')).toEqual({ none: 'not-found' });
  });

  it('reaches the Worker for every route: each is covered by run_worker_first in wrangler.toml', () => {
    expect(runWorkerFirst.length).toBeGreaterThan(0);
    for (const route of ROUTES) {
      const path = route.pattern.replace(/:\w+/g, 'x');
      expect(coveredBy(runWorkerFirst, path), `${route.pattern} is not in run_worker_first`).toBe(true);
    }
  });

  it('leaves the advice pages and built assets to the static files', () => {
    for (const path of ['/easy-read/', '/_astro/app.js', '/get-help/']) {
      expect(coveredBy(runWorkerFirst, path), path).toBe(false);
    }
  });
});
