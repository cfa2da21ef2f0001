import { copenhagenWallClock, dayNumber, weekdayOfDayNumber } from './copenhagen-wall-clock.js';

/**
 * When a volunteer can go: a weekly pattern in Copenhagen wall-clock time (Saturday 13:00–17:00 stays 13:00–17:00
 * across the daylight-saving changes) and exceptions between two instants — 'away' (holiday, illness) removes time,
 * 'extra' adds it. The matching's SQL asks the same questions of the same numbers (features/companions/match-repository.ts).
 */

export interface WeeklySlot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight; `toMinute` 1440 is the end of the day. */
  fromMinute: number;
  toMinute: number;
}

export interface AvailabilityException {
  kind: 'away' | 'extra';
  from: Date;
  to: Date;
}

/**
 * The request's local weekday and minutes, as a weekly slot would have to cover them, or null when it does not fit in
 * one local day (it crosses midnight: no weekly slot covers that, only an 'extra' exception can).
 */
export function localSpan(startsAt: Date, endsAt: Date): WeeklySlot & { date: string } | null {
  const start = copenhagenWallClock(startsAt);
  const end = copenhagenWallClock(endsAt);
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const weekday = weekdayOfDayNumber(dayNumber(start.date)) + 1;
  const fromMinute = minutes(start.time);
  if (end.date === start.date) return { date: start.date, weekday, fromMinute, toMinute: minutes(end.time) };
  // Ending on the stroke of the next midnight still fits the day.
  if (dayNumber(end.date) === dayNumber(start.date) + 1 && minutes(end.time) === 0 && end.time.endsWith(':00')) return { date: start.date, weekday, fromMinute, toMinute: 1440 };
  return null;
}

/** Two periods overlap when each begins before the other ends (touching ends do not overlap). */
export function overlaps(a: { from: Date; to: Date }, b: { from: Date; to: Date }): boolean {
  return a.from.getTime() < b.to.getTime() && b.from.getTime() < a.to.getTime();
}

export type AvailabilityVerdict = 'available' | 'away' | 'not-in-pattern';

/** Whether the volunteer's pattern or an extra exception covers the whole period, and no 'away' exception touches it. */
export function availabilityFor(slots: readonly WeeklySlot[], exceptions: readonly AvailabilityException[], startsAt: Date, endsAt: Date): AvailabilityVerdict {
  const period = { from: startsAt, to: endsAt };
  if (exceptions.some((e) => e.kind === 'away' && overlaps(e, period))) return 'away';
  const span = localSpan(startsAt, endsAt);
  const inPattern = span !== null && slots.some((s) => s.weekday === span.weekday && s.fromMinute <= span.fromMinute && s.toMinute >= span.toMinute);
  const extra = exceptions.some((e) => e.kind === 'extra' && e.from.getTime() <= startsAt.getTime() && e.to.getTime() >= endsAt.getTime());
  return inPattern || extra ? 'available' : 'not-in-pattern';
}
