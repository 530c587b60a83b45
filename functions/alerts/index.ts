import { alertLists } from '../../src/lib/alerts/listing.ts';
import { parseAlertQuery } from '../../src/lib/alerts/query.ts';
import { ALERTS } from './alerts-data.ts';
import { alertsPageResponse, dayFor } from './pages.ts';

/**
 * GET /alerts/?area=&channel= — the current alerts for today in the UK, newest first, then the past 12
 * months', narrowed by district and by how the scam comes; a choice it can't read gets the form again (400).
 */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) => {
  const day = dayFor(request, env);
  if (day instanceof Response) return day;
  const query = parseAlertQuery(new URL(request.url).searchParams, ['area', 'channel']);
  const state = query.ok
    ? { kind: 'lists' as const, day: day.day, filter: query.filter, lists: alertLists(ALERTS, day.day, query.filter) }
    : { kind: 'bad-choice' as const, filter: query.filter, errors: query.errors };
  return alertsPageResponse(request, env, state, day);
};
