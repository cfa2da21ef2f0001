import { endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { addDays } from '../../domain/copenhagen-wall-clock.js';
import { expandSchedule, lastOccurrence, occurrenceOn, parseRecurrence, weekdayCodes, type ScheduleRule } from '../../domain/schedule-expansion.js';
import { dateValue, utcDateTime } from './ical-text.js';
import { writeCalendar, type CalendarEntry } from './write-calendar.js';

/** An offer's schedule as the calendar needs it. */
export interface CalendarSchedule extends ScheduleRule {
  id: string;
  description: string | null;
  /** Where, when the schedule names its own location; else the offer's. */
  location?: string | null;
}

/** A dated activity ("Det sker") as the calendar needs it. */
export interface CalendarEvent {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** Where, in words: the place, or the location's name and address. */
  location: string | null;
  /** The event's page. */
  url: string;
  cancelled: boolean;
  version: number;
  updatedAt: Date;
}

export interface CalendarOffer {
  id: string;
  name: string;
  /** A short text about the offer, shown with its opening hours. */
  summary: string | null;
  /** The offer's page. */
  url: string;
  /** Where the offer is, in words. */
  location: string | null;
  schedules: readonly CalendarSchedule[];
  events: readonly CalendarEvent[];
}

export interface OffersCalendarInput {
  name: string;
  description?: string | null;
  offers: readonly CalendarOffer[];
  now: Date;
  /** Today's Danish date: a schedule without a start date begins its series here. */
  today: string;
}

/**
 * One calendar of offers: each schedule as one recurring VEVENT (DTSTART at its first opening, the RRULE as stored,
 * UNTIL from until, valid_to or COUNT), and each event as a VEVENT of its own, cancelled ones with STATUS:CANCELLED
 * so subscribers see them struck out. Used for an offer's feed and for the feed of a search.
 */
export function offersCalendar(input: OffersCalendarInput): string {
  const entries: CalendarEntry[] = [];
  for (const offer of input.offers) {
    for (const schedule of offer.schedules) {
      const entry = scheduleEntry(offer, schedule, input.today);
      if (entry) entries.push(entry);
    }
    for (const event of offer.events) entries.push(eventEntry(event));
  }
  return writeCalendar({ name: input.name, description: input.description ?? null, entries, now: input.now });
}

/** A citizen's own calendar: the events they signed up for. */
export function eventsCalendar(input: { name: string; description?: string | null; events: readonly CalendarEvent[]; now: Date }): string {
  return writeCalendar({ name: input.name, description: input.description ?? null, entries: input.events.map(eventEntry), now: input.now });
}

export function eventEntry(event: CalendarEvent): CalendarEntry {
  return {
    uid: `event-${event.id}@mestring`,
    summary: event.title,
    description: event.description || null,
    location: event.location,
    url: event.url,
    cancelled: event.cancelled,
    sequence: event.version - 1,
    lastModified: event.updatedAt,
    when: { kind: 'timed', startsAt: event.startsAt, endsAt: event.endsAt },
  };
}

/**
 * A schedule as one VEVENT. The series begins at its first opening on or after its start (dtstart or valid_from, or
 * today for a schedule that names neither), so DTSTART is always an occurrence of the rule, as RFC 5545 §3.3.10
 * asks; starting at a real occurrence also keeps the phase of INTERVAL > 1. Null for a schedule with no openings.
 */
export function scheduleEntry(offer: Pick<CalendarOffer, 'id' | 'name' | 'summary' | 'url' | 'location'>, schedule: CalendarSchedule, today: string): CalendarEntry | null {
  const base = {
    uid: `schedule-${schedule.id}@mestring`,
    summary: offer.name,
    description: [schedule.description, offer.summary].filter((t): t is string => !!t && t.trim().length > 0).join('\n\n') || null,
    location: schedule.location || offer.location,
    url: offer.url,
  };
  if (!schedule.freq) {
    if (!schedule.dtstart) return null;
    const single = occurrenceOn(schedule, schedule.dtstart);
    return { ...base, when: whenOf(single.allDay, single.date, single.startsAt, single.endsAt) };
  }
  const recurrence = parseRecurrence(schedule);
  if (!recurrence) return null;
  const startDates = [schedule.dtstart, schedule.validFrom].filter((d): d is string => d !== null).sort();
  const notBefore = startDates.at(-1) ?? today;
  const [first] = expandSchedule(schedule, { from: startOfCopenhagenDay(notBefore), to: new Date(8.64e15), limit: 1 });
  if (!first) return null;

  const parts = [`FREQ=${recurrence.freq}`];
  if (recurrence.interval > 1) parts.push(`INTERVAL=${recurrence.interval}`);
  if (recurrence.byday.length > 0) parts.push(`BYDAY=${recurrence.byday.map((b) => `${b.ordinal ?? ''}${weekdayCodes[b.weekday]}`).join(',')}`);
  if (recurrence.bymonthday.length > 0) parts.push(`BYMONTHDAY=${recurrence.bymonthday.join(',')}`);
  parts.push('WKST=MO');
  const until = untilOf(schedule, first.allDay);
  if (until) parts.push(`UNTIL=${until}`);
  return { ...base, when: whenOf(first.allDay, first.date, first.startsAt, first.endsAt), rrule: parts.join(';') };
}

function whenOf(allDay: boolean, date: string, startsAt: Date, endsAt: Date): CalendarEntry['when'] {
  return allDay ? { kind: 'all-day', date, endDate: addDays(date, 1) } : { kind: 'timed', startsAt, endsAt };
}

/**
 * UNTIL in the form RFC 5545 requires with a local DTSTART: a UTC DATE-TIME (or a DATE for all-day series). COUNT is
 * written as the UNTIL of its last opening, because the series may begin later than dtstart (valid_from), and then
 * a COUNT would count again from there.
 */
function untilOf(schedule: ScheduleRule, allDay: boolean): string | null {
  if (schedule.count !== null) {
    const last = lastOccurrence(schedule);
    if (!last) return null;
    return allDay ? dateValue(last.date) : utcDateTime(last.startsAt);
  }
  const lastDate = [schedule.until, schedule.validTo].filter((d): d is string => d !== null).sort()[0];
  if (!lastDate) return null;
  return allDay ? dateValue(lastDate) : utcDateTime(new Date(endOfCopenhagenDay(lastDate).getTime() - 1000));
}
