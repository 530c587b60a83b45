/**
 * Today's date in the UK as YYYY-MM-DD: the only place the calculator reads a clock. Formatting in
 * Europe/London means a resident abroad, or a phone set to another zone, still gets the UK's day.
 */
export function ukToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
