import { copenhagenOffsetMinutes } from '../../domain/copenhagen-time.js';
import { danishHolidays, type HolidayKind } from './danish-holidays.js';

/**
 * The five years the synthetic municipality has used Mestring. Fixed rather than "the last five
 * years" so that the same seed gives the same data on any day; everyone is imported at go-live.
 */
export const GO_LIVE_DATE = '2021-11-01';
export const PERIOD_YEARS = 5;

export interface CalendarDay {
  date: string;
  /** Day of week, 0 = Sunday. */
  weekday: number;
  holiday: HolidayKind | null;
  /** UTC midnight of the date; a Danish local time of day is added to it, then `offsetMs` subtracted. */
  utcDateMs: number;
  /** Danish offset from UTC at noon that day: exact for every time after the 02:00/03:00 DST switch. */
  offsetMs: number;
  /** How far into the period the day is, 0 to 1, for the growth in use over the years. */
  progress: number;
}

export function goLiveInstant(): Date {
  const midnight = Date.parse(`${GO_LIVE_DATE}T00:00:00Z`);
  return new Date(midnight - copenhagenOffsetMinutes(new Date(midnight)) * 60_000);
}

/** The instant the five years end: Danish midnight on the anniversary of go-live. */
export function periodEndInstant(): Date {
  const end = new Date(Date.parse(`${GO_LIVE_DATE}T00:00:00Z`));
  end.setUTCFullYear(end.getUTCFullYear() + PERIOD_YEARS);
  return new Date(end.getTime() - copenhagenOffsetMinutes(end) * 60_000);
}

export function periodDays(): CalendarDay[] {
  const start = Date.parse(`${GO_LIVE_DATE}T00:00:00Z`);
  const endDate = new Date(start);
  endDate.setUTCFullYear(endDate.getUTCFullYear() + PERIOD_YEARS);
  const count = Math.round((endDate.getTime() - start) / 86_400_000);
  const holidaysByYear = new Map<number, Map<string, HolidayKind>>();
  const days: CalendarDay[] = [];
  for (let i = 0; i < count; i++) {
    const utcDateMs = start + i * 86_400_000;
    const day = new Date(utcDateMs);
    const year = day.getUTCFullYear();
    if (!holidaysByYear.has(year)) holidaysByYear.set(year, danishHolidays(year));
    const date = day.toISOString().slice(0, 10);
    days.push({
      date,
      weekday: day.getUTCDay(),
      holiday: holidaysByYear.get(year)!.get(date) ?? null,
      utcDateMs,
      offsetMs: copenhagenOffsetMinutes(new Date(utcDateMs + 12 * 3_600_000)) * 60_000,
      progress: i / count,
    });
  }
  return days;
}
