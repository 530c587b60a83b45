import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addDays,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  lastDayOfMonthsBeginningWith,
  weekday,
  ukToday,
  writtenDate,
} from '../../src/lib/calendar-date.ts';

describe('calendar dates without clocks or time zones', () => {
  it('counts days the same way as UTC midnight timestamps, for every day from 1900 to 2100', () => {
    // Date.UTC is an independent oracle: the library itself never uses Date.
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let n = start; n <= end; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== n || fromDayNumber(n) !== iso) throw new Error(`mismatch on ${iso}`);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  it('knows which dates exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2026-06-31')).toBe(false);
    expect(isCalendarDate('2026-6-3')).toBe(false);
    expect(isCalendarDate('0999-01-01')).toBe(false);
  });

  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('writes dates out with the weekday', () => {
    // Known days: 1 Jan 1970 was a Thursday, 1 Jan 2000 a Saturday, Christmas Day 2025 a Thursday.
    expect(weekday('1970-01-01')).toBe('Thursday');
    expect(weekday('2000-01-01')).toBe('Saturday');
    expect(writtenDate('2025-12-25')).toBe('Thursday 25 December 2025');
    expect(writtenDate('2025-12-02')).toBe('Tuesday 2 December 2025');
    expect(writtenDate('1969-12-31')).toBe('Wednesday 31 December 1969');
  });
});

describe('the corresponding date rule for months', () => {
  it('ends four months after 30 September on 30 January, as in Dodds v Walker', () => {
    expect(addCalendarMonths('1978-09-30', 4)).toBe('1979-01-30');
  });

  it('moves to the last day of a month that has no corresponding date', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addCalendarMonths('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('keeps the 28th when the later February has a 29th', () => {
    expect(addCalendarMonths('2027-02-28', 12)).toBe('2028-02-28');
  });

  it('adds 12 months to 31 January as 31 January', () => {
    expect(addCalendarMonths('2027-01-31', 12)).toBe('2028-01-31');
    expect(addCalendarMonths('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('ends a period of months beginning with a day on the day before the corresponding date', () => {
    expect(lastDayOfMonthsBeginningWith('2026-05-11', 12)).toBe('2027-05-10');
    expect(lastDayOfMonthsBeginningWith('2027-03-01', 12)).toBe('2028-02-29');
    expect(lastDayOfMonthsBeginningWith('2028-02-29', 12)).toBe('2029-02-28');
    expect(lastDayOfMonthsBeginningWith('2026-01-01', 12)).toBe('2026-12-31');
  });
});

describe('ukToday', () => {
  it('is the day in the UK, not in UTC, in summer time', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
    expect(ukToday(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
  });

  it('is the same day as UTC in winter, right up to midnight', () => {
    expect(ukToday(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(ukToday(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });
});
