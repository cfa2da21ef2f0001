import { copenhagenOffsetMinutes } from './copenhagen-time.js';

/**
 * Danish wall-clock times (a calendar date and a time of day in Europe/Copenhagen) and the UTC instants they name.
 * Opening hours and activities are agreed in wall-clock time, so "Thursday 10:00" stays 10:00 across the
 * daylight-saving changes (last Sunday of March, 02:00 → 03:00; last Sunday of October, 03:00 → 02:00).
 */

export interface WallClock {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' or 'HH:MM:SS' */
  time: string;
}

const DAY_MS = 86_400_000;

function floatingMs(date: string, time: string): number {
  const [h = '0', m = '0', s = '0'] = time.split(':');
  return Date.parse(`${date}T00:00:00Z`) + ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}

/**
 * The instant a Danish wall-clock time names, resolved as RFC 5545 §3.3.5 says: a time that does not exist (inside
 * the spring gap) is read with the UTC offset before the gap, so 02:30 becomes 03:30 summer time; a time that
 * happens twice (inside the autumn overlap) means the first of the two, in summer time.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const floating = floatingMs(date, time);
  // The offsets in force a day either side: the same outside a change, winter and summer around one.
  const before = copenhagenOffsetMinutes(new Date(floating - DAY_MS));
  const after = copenhagenOffsetMinutes(new Date(floating + DAY_MS));
  const fits = [...new Set([before, after])]
    .map((offset) => ({ offset, instant: floating - offset * 60_000 }))
    .filter((c) => copenhagenOffsetMinutes(new Date(c.instant)) === c.offset)
    .sort((a, b) => a.instant - b.instant);
  if (fits.length > 0) return new Date(fits[0]!.instant);
  return new Date(floating - before * 60_000);
}

/** The Danish wall-clock time of an instant. */
export function copenhagenWallClock(at: Date): WallClock & { hhmm: string } {
  const local = new Date(at.getTime() + copenhagenOffsetMinutes(at) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 19), hhmm: local.slice(11, 16) };
}

/** Days since 1970-01-01 of a calendar date, and back: calendar arithmetic without time zones. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday (ISO 8601 and RFC 5545 WKST=MO). */
export function weekdayOfDayNumber(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}
