import type { Route } from '../src/lib/web/routes.ts';
import * as advicePage from './advice/page.ts';
import * as alert from './alerts/[slug].ts';
import * as alerts from './alerts/index.ts';
import * as atomFeed from './alerts/feed-xml.ts';
import * as jsonFeed from './alerts/feed-json.ts';
import * as accessSignIn from './__access/sign-in.ts';
import * as inbox from './beacon-inbox/index.ts';
import * as inboxReferral from './beacon-inbox/[reference].ts';
import * as cmsAuth from './api/cms/auth.ts';
import * as cmsCallback from './api/cms/callback.ts';
import * as health from './api/health.ts';
import * as home from './index.ts';
import * as referral from './api/referral.ts';
import * as traders from './api/traders/index.ts';
import * as cancel from './can-i-still-cancel/index.ts';
import * as cancelShell from './can-i-still-cancel/answer.ts';
import * as member from './api/traders/[memberId].ts';
import * as traderResults from './check-a-trader/results/index.ts';
import * as confirmation from './get-help/refer-yourself-to-beacon/confirmation.ts';
import * as referralPage from './get-help/refer-yourself-to-beacon/index.ts';
import * as search from './search/index.ts';
import * as triage from './what-to-do-now/index.ts';
import * as triageShell from './what-to-do-now/answer.ts';

/** A route handler: the Pages Functions signature, so each handler file and its tests stay as they were. */
export type Handler = PagesFunction<Env>;

/**
 * Every path the Worker answers itself; anything else is a static file from dist/. To add a route: write
 * its handler in functions/ (one file), add one line here, and add its path to `run_worker_first` in
 * wrangler.toml (tests/unit/worker-routes.test.ts fails if you forget).
 */
export const ROUTES: readonly Route<Handler>[] = [
  { method: 'GET', pattern: '/', handler: home.onRequestGet },
  { method: 'GET', pattern: '/advice/:slug', handler: advicePage.onRequestGet },
  { method: 'GET', pattern: '/advice/:slug/large-print', handler: advicePage.onRequestGet },
  { method: 'GET', pattern: '/alerts/', handler: alerts.onRequestGet },
  { method: 'GET', pattern: '/alerts/feed.xml', handler: atomFeed.onRequestGet },
  { method: 'GET', pattern: '/alerts/feed.json', handler: jsonFeed.onRequestGet },
  // After the feeds: a slug pattern would match their names too.
  { method: 'GET', pattern: '/alerts/:slug', handler: alert.onRequestGet as Handler },
  { method: 'GET', pattern: '/beacon-inbox', handler: inbox.onRequestGet },
  { method: 'GET', pattern: '/beacon-inbox/:reference', handler: inboxReferral.onRequestGet as Handler },
  { method: 'POST', pattern: '/beacon-inbox/:reference', handler: inboxReferral.onRequestPost as Handler },
  { method: 'GET', pattern: '/__access/sign-in', handler: accessSignIn.onRequestGet },
  { method: 'POST', pattern: '/__access/sign-in', handler: accessSignIn.onRequestPost },
  { method: 'GET', pattern: '/api/cms/auth', handler: cmsAuth.onRequestGet },
  { method: 'GET', pattern: '/api/cms/callback', handler: cmsCallback.onRequestGet },
  { method: 'GET', pattern: '/api/health', handler: health.onRequestGet },
  { method: 'POST', pattern: '/api/referral', handler: referral.onRequestPost },
  { method: 'GET', pattern: '/api/traders', handler: traders.onRequestGet },
  { method: 'GET', pattern: '/api/traders/:memberId', handler: member.onRequestGet },
  { method: 'GET', pattern: '/can-i-still-cancel/', handler: cancel.onRequestGet },
  { method: 'GET', pattern: '/can-i-still-cancel/answer/', handler: cancelShell.onRequestGet },
  { method: 'GET', pattern: '/check-a-trader/results/', handler: traderResults.onRequestGet },
  { method: 'GET', pattern: '/get-help/refer-yourself-to-beacon/', handler: referralPage.onRequestGet },
  { method: 'GET', pattern: '/get-help/refer-yourself-to-beacon/confirmation/', handler: confirmation.onRequestGet },
  { method: 'GET', pattern: '/search/', handler: search.onRequestGet },
  { method: 'GET', pattern: '/what-to-do-now/', handler: triage.onRequestGet },
  { method: 'GET', pattern: '/what-to-do-now/answer/', handler: triageShell.onRequestGet },
];
