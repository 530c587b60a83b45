/**
 * When "one working day" after a referral ends: 24 hours later, moved on past Saturday and Sunday (in UK
 * time). Bank holidays are not known here, so a referral on the day before one is reminded a day early:
 * early is the safe side.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short' });

export function oneWorkingDayAfter(at: number): number {
  let end = at + DAY_MS;
  while (['Sat', 'Sun'].includes(WEEKDAY.format(new Date(end)))) end += DAY_MS;
  return end;
}
