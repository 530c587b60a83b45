import type { AlertFilter, AlertLists } from './listing.ts';
import { areaName } from './areas.ts';
import { ALERTS_TITLE } from './wording.ts';

/** What /alerts/ shows: the lists for the day, or, for a choice it could not read, the form again. */
export interface AlertQueryError {
  field: 'area' | 'channel';
  message: string;
}

export type AlertsPageState =
  | { kind: 'lists'; day: string; filter: AlertFilter; lists: AlertLists }
  | { kind: 'bad-choice'; filter: AlertFilter; errors: AlertQueryError[] };

/** The page title: "Error: …" when a choice could not be read (govuk-frontend's pattern). */
export function alertsPageTitle(state: AlertsPageState): string {
  if (state.kind === 'bad-choice') return `Error: ${ALERTS_TITLE}`;
  return state.filter.area ? `${ALERTS_TITLE} in ${areaName(state.filter.area)}` : ALERTS_TITLE;
}

/** The feeds' addresses for the area chosen, as the page links them. */
export function feedLinks(filter: AlertFilter): { atom: string; json: string } {
  const query = filter.area ? `?area=${filter.area}` : '';
  return { atom: `/alerts/feed.xml${query}`, json: `/alerts/feed.json${query}` };
}
