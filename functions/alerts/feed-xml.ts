import { atomFeed } from '../../src/lib/alerts/feeds.ts';
import { feedAnswer } from './feeds.ts';

/** GET /alerts/feed.xml?area= — the current alerts as Atom 1.0. */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) =>
  feedAnswer(request, env, atomFeed, 'application/atom+xml; charset=utf-8');
