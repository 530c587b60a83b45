/**
 * Calendar dates as plain YYYY-MM-DD strings, counted on whole days with integer arithmetic. No `Date`, no
 * clock and no time zone: a date a resident types is a day in the UK, and the same string must give the
 * same answer in Node, the browser and workerd, at midnight, in summer time, anywhere. The one clock the
 * site reads is ukToday, at the edge of this module.
 */

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a real calendar date written YYYY-MM-DD (years 1000–9999), or undefined (so 2027-02-29 fails). */
function parseIsoDate(text: string): YearMonthDay | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate({ year, month, day }: YearMonthDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function mustParse(text: string): YearMonthDay {
  const ymd = parseIsoDate(text);
  if (!ymd) throw new RangeError(`Not a calendar date: ${JSON.stringify(text)}`);
  return ymd;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil): a year is
 * counted from March, so the leap day is the last day of its year and needs no special case.
 */
export function dayNumber(text: string): number {
  const { year, month, day } = mustParse(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of dayNumber (Hinnant's civil_from_days). */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/** The date `days` days after (or, if negative, before) `text`. */
export function addDays(text: string, days: number): string {
  return fromDayNumber(dayNumber(text) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: string, b: string): number {
  return dayNumber(a) - dayNumber(b);
}

export function laterDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The corresponding date `months` calendar months after `text`, or — when that month is too short to have
 * one — its last day. This is the English "corresponding date rule" (Dodds v Walker [1981] UKHL, after
 * Lester v Garland (1808)): a period of months after a day ends on the same-numbered day of the later
 * month; 29 February plus 12 months is 28 February in a common year, 31 January plus one month is the last
 * day of February. A last day of a month does NOT move to the later month's last day (30 September plus
 * four months is 30 January — the very point decided in Dodds v Walker).
 */
export function addCalendarMonths(text: string, months: number): string {
  const { year, month, day } = mustParse(text);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return formatIsoDate({ year: toYear, month: toMonth, day: Math.min(day, daysInMonth(toYear, toMonth)) });
}

/**
 * The last day of a period of `months` calendar months *beginning with* `text` (the day itself counts):
 * the day before the corresponding date, or the last day of the end month when it has no corresponding
 * date. A year beginning with 1 March 2027 ends on 29 February 2028; one beginning with 29 February 2028
 * ends on 28 February 2029. (The same rule SI 2018/1082 r.1.4 writes out for periods of months.)
 */
export function lastDayOfMonthsBeginningWith(text: string, months: number): string {
  const { year, month, day } = mustParse(text);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  const length = daysInMonth(toYear, toMonth);
  if (day > length) return formatIsoDate({ year: toYear, month: toMonth, day: length });
  return addDays(formatIsoDate({ year: toYear, month: toMonth, day }), -1);
}

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The day of the week, from the day number (1970-01-01 was a Thursday). */
export function weekday(text: string): string {
  return WEEKDAYS[((dayNumber(text) % 7) + 7) % 7] ?? '';
}

/** A date written out as residents read it: "Tuesday 2 December 2025". */
export function writtenDate(text: string): string {
  const { year, month, day } = mustParse(text);
  return `${weekday(text)} ${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** Without the weekday: "2 December 2025". */
export function shortWrittenDate(text: string): string {
  const { year, month, day } = mustParse(text);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

// Built once: making a DateTimeFormat costs far more than using one.
const UK_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in the UK as YYYY-MM-DD. Formatting in Europe/London means a resident abroad, or a phone
 * set to another zone, still gets the UK's day; memberships run to the end of their expiry day there.
 */
export function ukToday(now: Date = new Date()): string {
  const parts = UK_DAY.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Marked pure so bundlers can drop it from islands, which never ask for the time of day (only the Worker does).
const UK_CLOCK = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'longOffset',
});

function ukClock(at: Date): { seconds: number; offset: string } {
  const parts = UK_CLOCK.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const seconds = Number(part('hour')) * 3600 + Number(part('minute')) * 60 + Number(part('second'));
  // "GMT" in winter, "GMT+01:00" in summer.
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  return { seconds, offset };
}

/** Seconds from `now` until the UK's next midnight, when "today" changes for everything dated. */
export function secondsUntilUkMidnight(now: Date = new Date()): number {
  return 24 * 3600 - ukClock(now).seconds;
}

/**
 * The first moment of a UK calendar day as an RFC 3339 timestamp with the UK's offset that day:
 * "2026-12-02T00:00:00+00:00" in winter, "2026-07-15T00:00:00+01:00" in summer (for feeds).
 */
export function ukStartOfDay(text: string): string {
  const { year, month, day } = mustParse(text);
  // At 00:00 UTC the UK's offset is the one its midnight had: the clocks change at 01:00 UTC.
  return `${text}T00:00:00${ukClock(new Date(Date.UTC(year, month - 1, day))).offset}`;
}
