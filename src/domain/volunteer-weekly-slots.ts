/**
 * A volunteer's weekly availability: on an ISO weekday (1 = Monday) from … to, in Copenhagen wall-clock time, so
 * "Saturday 13:00–18:00" keeps its hours across the daylight-saving changes. Times are whole quarters of an hour:
 * coordinators plan accompaniments that way, and it keeps the matching's slot index small.
 */

export interface WeeklySlot {
  weekday: number;
  /** Minutes after midnight, 0–1425. */
  fromMinute: number;
  /** Minutes after midnight, 15–1440 (24:00 is the end of the day). */
  toMinute: number;
}

export type SlotProblemKey = 'slot.weekday' | 'slot.time' | 'slot.step' | 'slot.order' | 'slot.overlap' | 'slot.too_many';

export interface SlotProblem {
  /** The slot's place in the list the volunteer sent. */
  index: number;
  field: 'weekday' | 'from' | 'to' | 'slots';
  key: SlotProblemKey;
}

export const SLOT_STEP_MINUTES = 15;
export const MAX_WEEKLY_SLOTS = 28;

/** 'HH:MM' as minutes after midnight; '24:00' is the day's end. Null when it is not a time of day. */
export function parseClock(text: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}

/** Minutes after midnight as 'HH:MM'. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * What is wrong with a weekly pattern, slot by slot: a weekday outside 1–7, a time off the quarter hours, an end
 * not after its start, or two slots on the same day that overlap (touching ends, 09:00–12:00 and 12:00–14:00, are
 * fine). An empty list is a valid pattern: the volunteer is available only by exception.
 */
export function checkWeeklySlots(slots: readonly WeeklySlot[]): SlotProblem[] {
  const problems: SlotProblem[] = [];
  if (slots.length > MAX_WEEKLY_SLOTS) problems.push({ index: MAX_WEEKLY_SLOTS, field: 'slots', key: 'slot.too_many' });
  slots.forEach((slot, index) => {
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) problems.push({ index, field: 'weekday', key: 'slot.weekday' });
    const inDay = (m: number) => Number.isInteger(m) && m >= 0 && m <= 1440;
    if (!inDay(slot.fromMinute) || slot.fromMinute === 1440) problems.push({ index, field: 'from', key: 'slot.time' });
    else if (slot.fromMinute % SLOT_STEP_MINUTES !== 0) problems.push({ index, field: 'from', key: 'slot.step' });
    if (!inDay(slot.toMinute) || slot.toMinute === 0) problems.push({ index, field: 'to', key: 'slot.time' });
    else if (slot.toMinute % SLOT_STEP_MINUTES !== 0) problems.push({ index, field: 'to', key: 'slot.step' });
    if (inDay(slot.fromMinute) && inDay(slot.toMinute) && slot.toMinute <= slot.fromMinute) problems.push({ index, field: 'to', key: 'slot.order' });
  });
  if (problems.length > 0) return problems;
  // Overlaps only between otherwise valid slots: each later slot that overlaps an earlier one is named.
  slots.forEach((slot, index) => {
    const clash = slots.slice(0, index).some((other) => other.weekday === slot.weekday && other.fromMinute < slot.toMinute && slot.fromMinute < other.toMinute);
    if (clash) problems.push({ index, field: 'from', key: 'slot.overlap' });
  });
  return problems;
}

/** The pattern in a stable order (weekday, then start), as it is stored and shown. */
export function sortedSlots<T extends WeeklySlot>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => a.weekday - b.weekday || a.fromMinute - b.fromMinute);
}

export type ExceptionProblemKey = 'exception.order' | 'exception.past' | 'exception.too_long';

/** The longest exception one may record at once: a year (a long stay abroad is a pause, not an exception). */
const MAX_EXCEPTION_MS = 366 * 86_400_000;

/** What is wrong with an exception (away or extra time between two instants): it must end after it starts, not be over already, and last at most a year. */
export function checkAvailabilityException(exception: { from: Date; to: Date }, now: Date): { field: 'from' | 'to'; key: ExceptionProblemKey }[] {
  if (exception.to.getTime() <= exception.from.getTime()) return [{ field: 'to', key: 'exception.order' }];
  const problems: { field: 'from' | 'to'; key: ExceptionProblemKey }[] = [];
  if (exception.to.getTime() <= now.getTime()) problems.push({ field: 'to', key: 'exception.past' });
  if (exception.to.getTime() - exception.from.getTime() > MAX_EXCEPTION_MS) problems.push({ field: 'to', key: 'exception.too_long' });
  return problems;
}
