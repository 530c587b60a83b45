import { jsonFeed } from '../../src/lib/alerts/feeds.ts';
import { feedAnswer } from './feeds.ts';

/** GET /alerts/feed.json?area= — the current alerts as JSON Feed 1.1. */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) =>
  feedAnswer(
    request,
    env,
    (alerts, ctx) => JSON.stringify(jsonFeed(alerts, ctx)),
    'application/feed+json; charset=utf-8',
  );
