import { endOfCopenhagenDay, startOfCopenhagenDay } from './copenhagen-time.js';
import { copenhagenInstant, copenhagenWallClock, dateOfDayNumber, dayNumber, weekdayOfDayNumber } from './copenhagen-wall-clock.js';

/**
 * When an offer is open: an HSDS schedule, which is an RFC 5545 recurrence (§3.3.10) in Danish wall-clock time.
 * The expansion runs on calendar dates ("floating" time, no time zone), and only each occurrence's opening and closing
 * times are turned into instants, so "every Thursday 10:00-12:00" is 10:00 Danish time in summer and in winter
 * (decision 0006). Supported: FREQ DAILY, WEEKLY, MONTHLY, YEARLY with INTERVAL, BYDAY (with ordinals such as 1MO
 * or -1FR for MONTHLY and YEARLY), BYMONTHDAY, COUNT and UNTIL; weeks start on Monday (WKST=MO).
 */
export interface ScheduleRule {
  /** RFC 5545 FREQ; null for a schedule described in words only (or a single dated opening with dtstart). */
  freq: string | null;
  interval: number | null;
  /** 'MO,WE' or '1MO,-1FR' */
  byday: string | null;
  /** '1,15' or '-1' */
  bymonthday: string | null;
  /** First day of the recurrence, 'YYYY-MM-DD'. */
  dtstart: string | null;
  /** Last day the recurrence may fall on (inclusive). */
  until: string | null;
  /** How many occurrences the recurrence has in all, counted from dtstart. */
  count: number | null;
  /** The schedule applies from this day ... */
  validFrom: string | null;
  /** ... to this day (inclusive); occurrences outside are not shown but still count towards COUNT. */
  validTo: string | null;
  /** Local Danish times 'HH:MM[:SS]'; no opening time means all day. A closing time at or before the opening time is the next day. */
  opensAt: string | null;
  closesAt: string | null;
}

export interface Occurrence {
  /** The Danish calendar date it begins on. */
  date: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
}

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
const frequencies: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeekdayRule {
  /** 0 = Monday ... 6 = Sunday */
  weekday: number;
  /** The n-th (negative: from the end) in the month or year; null for every such weekday. */
  ordinal: number | null;
}

/** A schedule's recurrence, checked: what `expandSchedule` and the iCalendar writer work from. */
export interface Recurrence {
  freq: Frequency;
  interval: number;
  byday: WeekdayRule[];
  bymonthday: number[];
  /** The recurrence's first day; null when the schedule names none (then only a rule without a phase can be expanded). */
  dtstart: string | null;
}

const bydayToken = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * Reads and checks a schedule's recurrence. Null when there is none to expand: a schedule described only in words,
 * an unsupported FREQ (SECONDLY, MINUTELY, HOURLY make no sense for opening hours), a malformed BYDAY or BYMONTHDAY,
 * or a rule whose occurrences cannot be placed without a start date (INTERVAL > 1, COUNT, or a day taken from DTSTART).
 */
export function parseRecurrence(rule: ScheduleRule): Recurrence | null {
  const freq = rule.freq?.trim().toUpperCase() ?? '';
  if (!frequencies.includes(freq)) return null;
  const interval = rule.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return null;
  const byday: WeekdayRule[] = [];
  for (const token of splitList(rule.byday)) {
    const match = bydayToken.exec(token);
    if (!match) return null;
    const ordinal = match[1] === undefined ? null : Number(match[1]);
    // RFC 5545 §3.3.10: a numbered BYDAY only with MONTHLY or YEARLY; ordinals are 1..53 either way.
    if (ordinal !== null && (ordinal === 0 || Math.abs(ordinal) > 53 || (freq !== 'MONTHLY' && freq !== 'YEARLY'))) return null;
    if (ordinal !== null && freq === 'MONTHLY' && Math.abs(ordinal) > 5) return null;
    byday.push({ weekday: weekdayCodes.indexOf(match[2] as (typeof weekdayCodes)[number]), ordinal });
  }
  const bymonthday: number[] = [];
  for (const token of splitList(rule.bymonthday)) {
    if (!/^[+-]?\d{1,2}$/.test(token)) return null;
    const day = Number(token);
    if (day === 0 || Math.abs(day) > 31) return null;
    bymonthday.push(day);
  }
  // RFC 5545 §3.3.10: BYMONTHDAY MUST NOT be used with WEEKLY.
  if (freq === 'WEEKLY' && bymonthday.length > 0) return null;
  const dtstart = rule.dtstart ?? rule.validFrom;
  if (dtstart === null) {
    const needsPhase = interval > 1 || rule.count !== null || (freq === 'WEEKLY' && byday.length === 0) || ((freq === 'MONTHLY' || freq === 'YEARLY') && byday.length === 0 && bymonthday.length === 0);
    if (needsPhase) return null;
  }
  return { freq: freq as Frequency, interval, byday, bymonthday, dtstart };
}

function splitList(value: string | null): string[] {
  if (!value) return [];
  return value
    .toUpperCase()
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

export interface ExpansionWindow {
  /** Occurrences that begin at or after this instant ... */
  from: Date;
  /** ... and before this one. */
  to: Date;
  /** At most this many (default 1000), the earliest. */
  limit?: number;
}

/** No schedule needs more than this many periods looked at; it stops a rule that never matches (BYMONTHDAY=31 with BYDAY=... ) from running on. */
const MAX_PERIODS = 20_000;
/** A Monday: the phase of a rule that names no start date (then only INTERVAL=1 without COUNT is expanded). */
const UNDATED_ANCHOR = '1970-01-05';

/**
 * The occurrences of a schedule that begin within the window, earliest first, each with its Danish date and its
 * start and end instants. A schedule with only a description, or with an unsupported rule, has none; a schedule with
 * a start date and no FREQ is one opening on that day.
 */
export function expandSchedule(rule: ScheduleRule, window: ExpansionWindow): Occurrence[] {
  const limit = window.limit ?? 1000;
  const inWindow = (o: Occurrence) => o.startsAt.getTime() >= window.from.getTime() && o.startsAt.getTime() < window.to.getTime();
  if (!rule.freq) {
    if (!rule.dtstart || !withinValidity(rule, rule.dtstart)) return [];
    const single = occurrenceOn(rule, rule.dtstart);
    return inWindow(single) && limit > 0 ? [single] : [];
  }
  const recurrence = parseRecurrence(rule);
  if (!recurrence) return [];

  const anchor = dayNumber(recurrence.dtstart ?? UNDATED_ANCHOR);
  const lastDays = [rule.until, rule.validTo].filter((d): d is string => d !== null).map(dayNumber);
  // The window's last Danish day bounds the search too (an occurrence begins on its own date).
  lastDays.push(localDay(window.to));
  const lastDay = Math.min(...lastDays);
  const firstWanted = Math.max(rule.validFrom ? dayNumber(rule.validFrom) : -Infinity, localDay(window.from));

  const occurrences: Occurrence[] = [];
  let counted = 0;
  // Without COUNT, periods wholly before the window can be skipped; with COUNT every occurrence from dtstart counts.
  let period = rule.count === null ? Math.max(0, periodIndexOf(recurrence, anchor, firstWanted) - 1) : 0;
  for (let seen = 0; seen < MAX_PERIODS; period++, seen++) {
    const { first, days } = candidatesOf(recurrence, anchor, period);
    if (first > lastDay) break;
    for (const day of days) {
      if (day < anchor) continue;
      if (day > lastDay) break;
      if (rule.count !== null && counted >= rule.count) return occurrences;
      counted++;
      if (day < firstWanted) continue;
      const date = dateOfDayNumber(day);
      if (!withinValidity(rule, date)) continue;
      const occurrence = occurrenceOn(rule, date);
      if (!inWindow(occurrence)) continue;
      occurrences.push(occurrence);
      if (occurrences.length >= limit) return occurrences;
    }
    if (rule.count !== null && counted >= rule.count) break;
  }
  return occurrences;
}

/** The Danish day an instant falls on; an open end of a window (a date beyond any calendar) stays open. */
function localDay(at: Date): number {
  const ms = at.getTime();
  if (ms <= -8e15) return -Infinity;
  if (ms >= 8e15) return Infinity;
  return dayNumber(copenhagenWallClock(at).date);
}

function withinValidity(rule: ScheduleRule, date: string): boolean {
  return (rule.validFrom === null || date >= rule.validFrom) && (rule.validTo === null || date <= rule.validTo);
}

/** The opening on a Danish date: from the opening to the closing time, or the whole day when no time is given. */
export function occurrenceOn(rule: Pick<ScheduleRule, 'opensAt' | 'closesAt'>, date: string): Occurrence {
  if (!rule.opensAt) return { date, startsAt: startOfCopenhagenDay(date), endsAt: endOfCopenhagenDay(date), allDay: true };
  const startsAt = copenhagenInstant(date, rule.opensAt);
  if (!rule.closesAt) return { date, startsAt, endsAt: startsAt, allDay: false };
  // A closing time at or before the opening time is the next morning (a night shelter open 22:00-08:00).
  const endDate = timeOfDaySeconds(rule.closesAt) <= timeOfDaySeconds(rule.opensAt) ? dateOfDayNumber(dayNumber(date) + 1) : date;
  return { date, startsAt, endsAt: copenhagenInstant(endDate, rule.closesAt), allDay: false };
}

function timeOfDaySeconds(time: string): number {
  const [h = '0', m = '0', s = '0'] = time.split(':');
  return (Number(h) * 60 + Number(m)) * 60 + Number(s);
}

// Periods: a period is the day, week, month or year a recurrence steps by (RFC 5545 §3.3.10 "FREQ").

function ymOf(day: number): { year: number; month: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
}

function dayOf(year: number, month: number, dayOfMonth: number): number {
  return Math.floor(Date.UTC(year, month, dayOfMonth) / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The period that contains `day`, counted in steps of INTERVAL from the anchor's period (may be negative). */
function periodIndexOf(r: Recurrence, anchor: number, day: number): number {
  if (!Number.isFinite(day)) return 0;
  switch (r.freq) {
    case 'DAILY':
      return Math.floor((day - anchor) / r.interval);
    case 'WEEKLY': {
      const weekStart = anchor - weekdayOfDayNumber(anchor);
      return Math.floor((day - weekStart) / (7 * r.interval));
    }
    case 'MONTHLY': {
      const a = ymOf(anchor);
      const d = ymOf(day);
      return Math.floor((d.year * 12 + d.month - (a.year * 12 + a.month)) / r.interval);
    }
    case 'YEARLY':
      return Math.floor((ymOf(day).year - ymOf(anchor).year) / r.interval);
  }
}

/** The candidate days of one period, sorted, and the period's first day. */
function candidatesOf(r: Recurrence, anchor: number, period: number): { first: number; days: number[] } {
  switch (r.freq) {
    case 'DAILY': {
      const day = anchor + period * r.interval;
      const keep = (r.byday.length === 0 || r.byday.some((b) => b.weekday === weekdayOfDayNumber(day))) && (r.bymonthday.length === 0 || matchesMonthDay(day, r.bymonthday));
      return { first: day, days: keep ? [day] : [] };
    }
    case 'WEEKLY': {
      const first = anchor - weekdayOfDayNumber(anchor) + period * 7 * r.interval;
      const weekdays = r.byday.length > 0 ? r.byday.map((b) => b.weekday) : [weekdayOfDayNumber(anchor)];
      return { first, days: sortedUnique(weekdays.map((w) => first + w)) };
    }
    case 'MONTHLY': {
      const a = ymOf(anchor);
      const index = a.year * 12 + a.month + period * r.interval;
      const year = Math.floor(index / 12);
      const month = index % 12;
      const first = dayOf(year, month, 1);
      const monthDays = Array.from({ length: daysInMonth(year, month) }, (_, i) => first + i);
      return { first, days: pickDays(r, monthDays, () => [anchorDayInMonth(anchor, year, month)]) };
    }
    case 'YEARLY': {
      const a = ymOf(anchor);
      const year = a.year + period * r.interval;
      const first = dayOf(year, 0, 1);
      const yearDays = Array.from({ length: dayOf(year + 1, 0, 1) - first }, (_, i) => first + i);
      return { first, days: pickDays(r, yearDays, () => [anchorDayInYear(anchor, year)]) };
    }
  }
}

/**
 * The days of a month or year the rule picks: BYDAY (every such weekday, or the n-th from the start or end of the
 * period) and BYMONTHDAY; both given means days that satisfy both (RFC 5545: BYDAY limits BYMONTHDAY in MONTHLY).
 * Neither given: the anchor's own day of the month (or of the year).
 */
function pickDays(r: Recurrence, periodDays: number[], fromAnchor: () => (number | null)[]): number[] {
  if (r.byday.length === 0 && r.bymonthday.length === 0) return fromAnchor().filter((d): d is number => d !== null && periodDays.includes(d));
  let picked = periodDays;
  if (r.bymonthday.length > 0) picked = picked.filter((d) => matchesMonthDay(d, r.bymonthday));
  if (r.byday.length > 0) {
    const byWeekday = new Set<number>();
    for (const rule of r.byday) {
      const matching = periodDays.filter((d) => weekdayOfDayNumber(d) === rule.weekday);
      if (rule.ordinal === null) matching.forEach((d) => byWeekday.add(d));
      else {
        const chosen = rule.ordinal > 0 ? matching[rule.ordinal - 1] : matching[matching.length + rule.ordinal];
        if (chosen !== undefined) byWeekday.add(chosen);
      }
    }
    picked = picked.filter((d) => byWeekday.has(d));
  }
  return sortedUnique(picked);
}

function matchesMonthDay(day: number, monthDays: number[]): boolean {
  const { year, month } = ymOf(day);
  const dayOfMonth = day - dayOf(year, month, 1) + 1;
  const length = daysInMonth(year, month);
  return monthDays.some((m) => (m > 0 ? m === dayOfMonth : length + m + 1 === dayOfMonth));
}

/** The anchor's day of the month in another month; none when that month is too short (31 in April). */
function anchorDayInMonth(anchor: number, year: number, month: number): number | null {
  const a = ymOf(anchor);
  const dayOfMonth = anchor - dayOf(a.year, a.month, 1) + 1;
  return dayOfMonth <= daysInMonth(year, month) ? dayOf(year, month, dayOfMonth) : null;
}

function anchorDayInYear(anchor: number, year: number): number | null {
  const { month } = ymOf(anchor);
  return anchorDayInMonth(anchor, year, month);
}

function sortedUnique(days: number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The last occurrence of a rule with COUNT (null without COUNT, or when it has none): a calendar's UNTIL in its place. */
export function lastOccurrence(rule: ScheduleRule): Occurrence | null {
  if (rule.count === null) return null;
  const all = expandSchedule(rule, { from: new Date(-8.64e15), to: new Date(8.64e15), limit: rule.count });
  return all.at(-1) ?? null;
}
