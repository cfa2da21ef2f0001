import type { TFunction } from 'i18next';
import type { EventSummary } from '../../../contracts/events.js';
import { copenhagenInstant, copenhagenWallClock } from '../../../domain/copenhagen-wall-clock.js';

/** Times are shown in Danish time whatever the browser's own time zone: the activities happen in Denmark. */
const TIME_ZONE = 'Europe/Copenhagen';
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

/** "torsdag 10. december 2026" */
export function dayHeading(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** "17.00" (da) or "17:00" (en) */
export function clock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "kl. 17.00–19.00", or with the end day when it ends on another day. */
export function timeRange(t: TFunction, event: Pick<EventSummary, 'startsAt' | 'endsAt'>, language: string): string {
  const sameDay = copenhagenWallClock(new Date(event.startsAt)).date === copenhagenWallClock(new Date(event.endsAt)).date;
  const to = sameDay ? clock(event.endsAt, language) : `${dayHeading(event.endsAt, language)} ${clock(event.endsAt, language)}`;
  return event.endsAt === event.startsAt ? t('event.timeFrom', { from: clock(event.startsAt, language) }) : t('event.time', { from: clock(event.startsAt, language), to });
}

/** The Danish calendar date an event begins on: events are grouped by it. */
export function eventDay(iso: string): string {
  return copenhagenWallClock(new Date(iso)).date;
}

/** A date and a Danish wall-clock time from a form, as the instant the API takes. */
export function instantOf(date: string, time: string): string {
  return copenhagenInstant(date, time).toISOString();
}

/** An instant as the form's date and time fields. */
export function formFieldsOf(iso: string): { date: string; time: string } {
  const { date, hhmm } = copenhagenWallClock(new Date(iso));
  return { date, time: hhmm };
}

/** A day shown as "10. december" in a sentence. */
export function shortDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));
}

/** Paths of the events pages. */
export const eventPath = (id: string) => `/det-sker/${encodeURIComponent(id)}`;
export const eventCalendarFile = (id: string) => `/api/v1/events/${encodeURIComponent(id)}/calendar.ics`;
