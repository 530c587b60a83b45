import { addCalendarMonths, compareDates } from '../calendar-date.ts';
import { WIDER_AREAS, type AreaId } from './areas.ts';
import type { ChannelId } from './channels.ts';
import type { AlertRecord } from './record.ts';
import { alertState } from './state.ts';

/** What `/alerts/` narrows to: a district (with the county- and country-wide alerts) and a way in. */
export interface AlertFilter {
  area?: AreaId;
  channel?: ChannelId;
}

export interface AlertLists {
  /** Current on the day, newest first. */
  current: AlertRecord[];
  /** Ended or withdrawn within the last 12 months, newest first. */
  past: AlertRecord[];
}

/** How far back "Past alerts" goes. */
const PAST_MONTHS = 12;

function matches(alert: AlertRecord, { area, channel }: AlertFilter): boolean {
  const inArea = !area || alert.areas.some((a) => a === area || WIDER_AREAS.includes(a));
  return inArea && (!channel || alert.channels.includes(channel));
}

/** Newest first: by the day published, then by title so the order never shifts between requests. */
function newestFirst(a: AlertRecord, b: AlertRecord): number {
  return compareDates(b.published, a.published) || a.title.localeCompare(b.title, 'en-GB');
}

/** The alerts to list on `today` (a UK calendar day), narrowed by `filter`. */
export function alertLists(alerts: readonly AlertRecord[], today: string, filter: AlertFilter = {}): AlertLists {
  const since = addCalendarMonths(today, -PAST_MONTHS);
  const shown = alerts.filter((a) => matches(a, filter)).sort(newestFirst);
  return {
    current: shown.filter((a) => alertState(a, today) === 'current'),
    past: shown.filter((a) => {
      const state = alertState(a, today);
      return (state === 'ended' || state === 'withdrawn') && compareDates(a.expires, since) >= 0;
    }),
  };
}
