import { compareDates } from '../calendar-date.ts';

/**
 * Where an alert stands on UK calendar day `today` (YYYY-MM-DD). Current means published ≤ today ≤ expires
 * and not withdrawn (contract: DESIGN.md "Scam alerts"); an alert published on a later day is not shown yet.
 */
export type AlertState = 'upcoming' | 'current' | 'ended' | 'withdrawn';

interface Dated {
  published: string;
  expires: string;
  withdrawn: boolean;
}

export function alertState(alert: Dated, today: string): AlertState {
  if (compareDates(today, alert.published) < 0) return 'upcoming';
  if (alert.withdrawn) return 'withdrawn';
  return compareDates(today, alert.expires) <= 0 ? 'current' : 'ended';
}
