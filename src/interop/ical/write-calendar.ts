import { TIME_ZONE } from '../../domain/copenhagen-time.js';
import { COPENHAGEN_VTIMEZONE } from './copenhagen-vtimezone.js';
import { cleanUri, copenhagenDateTime, dateValue, escapeText, foldLine, utcDateTime } from './ical-text.js';

/** The media type of every calendar Mestring serves (RFC 5545 §8.1). */
export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** One VEVENT: a dated activity, or an offer's opening hours as a recurring series. */
export interface CalendarEntry {
  /** Stable across fetches, so a calendar app updates the entry instead of adding another (RFC 5545 §3.8.4.7). */
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** Raised each time the entry changes, so subscribers take the new version (§3.8.7.4). */
  sequence?: number;
  cancelled?: boolean;
  lastModified?: Date | null;
  when: { kind: 'timed'; startsAt: Date; endsAt: Date } | { kind: 'all-day'; date: string; endDate: string };
  /** An RRULE value (FREQ=...); its UNTIL, if any, is already in the right form for the start. */
  rrule?: string | null;
}

export interface CalendarDocument {
  /** The calendar's name as the app shows it. */
  name: string;
  description?: string | null;
  entries: readonly CalendarEntry[];
  /** DTSTAMP: when this copy of the calendar was made. */
  now: Date;
}

/** PRODID names the product that wrote the calendar (§3.7.3). */
export const PRODID = '-//Mestring//Mestring af eget liv//DA';

/**
 * A complete VCALENDAR (RFC 5545) with the VTIMEZONE of Europe/Copenhagen and one VEVENT per entry; local start and
 * end times carry TZID=Europe/Copenhagen. METHOD:PUBLISH, because the calendar is published for subscription
 * (RFC 5546 §3.2.1), and RFC 7986's NAME and REFRESH-INTERVAL tell the app what to call it and how often to fetch it.
 */
export function writeCalendar(document: CalendarDocument): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(document.name)}`,
    `X-WR-CALNAME:${escapeText(document.name)}`,
    ...(document.description ? [`X-WR-CALDESC:${escapeText(document.description)}`] : []),
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...COPENHAGEN_VTIMEZONE,
  ];
  const stamp = utcDateTime(document.now);
  for (const entry of document.entries) lines.push(...eventLines(entry, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(entry: CalendarEntry, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(entry.uid)}`, `DTSTAMP:${stamp}`];
  if (entry.when.kind === 'all-day') {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(entry.when.date)}`, `DTEND;VALUE=DATE:${dateValue(entry.when.endDate)}`);
  } else {
    lines.push(`DTSTART;TZID=${TIME_ZONE}:${copenhagenDateTime(entry.when.startsAt)}`);
    // Without DTEND a timed event ends when it starts (§3.6.1): an opening time with no closing time.
    if (entry.when.endsAt.getTime() > entry.when.startsAt.getTime()) lines.push(`DTEND;TZID=${TIME_ZONE}:${copenhagenDateTime(entry.when.endsAt)}`);
  }
  if (entry.rrule) lines.push(`RRULE:${entry.rrule}`);
  lines.push(`SUMMARY:${escapeText(entry.summary)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.url) lines.push(`URL:${cleanUri(entry.url)}`);
  lines.push(`STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  if (entry.sequence !== undefined) lines.push(`SEQUENCE:${entry.sequence}`);
  if (entry.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(entry.lastModified)}`);
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}
