import { alertState } from '../alerts/state.ts';
import { shortWrittenDate } from '../calendar-date.ts';
import type { AlertDates } from './documents.ts';

/** How a search result that is an alert stands on the day the search runs, in words for the list. */
export interface AlertLabel {
  state: 'current' | 'ended' | 'withdrawn';
  /** Shown under the result's link and read out with it: "Past alert, ended 15 October 2025". */
  text: string;
}

/**
 * An ended or withdrawn alert still comes back (the same tricks return, and its advice still holds), but
 * its score counts half, so the advice pages and current alerts for the same words come first.
 */
export const PAST_ALERT_WEIGHT = 0.5;

/**
 * Where an alert stands on UK calendar day `today` (YYYY-MM-DD), decided when the search runs, never when
 * the index was built: undefined for one not published yet, which the search never shows.
 */
export function alertLabel(dates: AlertDates, today: string): AlertLabel | undefined {
  const state = alertState({ ...dates, withdrawn: dates.withdrawn === true }, today);
  switch (state) {
    case 'upcoming':
      return undefined;
    case 'current':
      return { state, text: `Current scam alert, published ${shortWrittenDate(dates.published)}` };
    case 'withdrawn':
      return { state, text: 'Withdrawn alert, no longer current' };
    case 'ended':
      return { state, text: `Past alert, ended ${shortWrittenDate(dates.expires)}` };
  }
}
