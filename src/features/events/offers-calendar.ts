import { copenhagenToday, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import type { PublicCtx } from '../../http/run-public.js';
import { offersCalendar, type CalendarEvent, type CalendarOffer } from '../../interop/ical/offer-calendar.js';
import { findPublishedOffers, listOfferSchedules, listPublicEvents, type EventRow } from './event-repository.js';
import { placeText } from './present-event.js';

/** How far ahead a calendar lists dated events; schedules recur on their own. */
const EVENTS_AHEAD_DAYS = 366;
/** Most events one calendar carries. */
const MAX_EVENTS = 2000;

export interface OffersCalendarOptions {
  /** The calendar's name, as the app shows it. */
  name: string;
  description?: string | null;
  /** The address people use (config.publicUrl), for the links to offer and event pages. */
  publicUrl: string;
}

/**
 * One iCalendar (RFC 5545) of published offers: each offer's schedules as recurring series and its coming events
 * (cancelled ones marked). Offers that are not published are left out. Serves the feed of one offer and the feed of
 * a search (give it the ids the search found).
 */
export async function calendarOfOffers(ctx: PublicCtx, offerIds: readonly string[], options: OffersCalendarOptions): Promise<string> {
  const offers = await findPublishedOffers(ctx.trx, ctx.tenantId, offerIds);
  const ids = offers.map((o) => o.offer_id);
  const schedules = await listOfferSchedules(ctx.trx, ctx.tenantId, ids);
  const from = startOfCopenhagenDay(copenhagenToday(ctx.now));
  const events = await listPublicEvents(ctx.trx, ctx.tenantId, { from, to: new Date(from.getTime() + EVENTS_AHEAD_DAYS * 86_400_000), offerIds: ids, limit: MAX_EVENTS });
  const base = options.publicUrl.replace(/\/$/, '');
  const calendarOffers: CalendarOffer[] = offers.map((offer) => ({
    id: offer.offer_id,
    name: offer.name,
    summary: offer.easy_read || firstSentences(offer.description),
    url: `${base}/tilbud/${offer.offer_id}`,
    location: offer.location_text,
    schedules: schedules
      .filter((s) => s.offer_id === offer.offer_id)
      .map((s) => ({
        id: s.schedule_id,
        description: s.description,
        freq: s.freq,
        interval: s.interval,
        byday: s.byday,
        bymonthday: s.bymonthday,
        dtstart: s.dtstart,
        until: s.until,
        count: s.count,
        validFrom: s.valid_from,
        validTo: s.valid_to,
        opensAt: s.opens_at,
        closesAt: s.closes_at,
        location: s.location_text,
      })),
    events: events.filter((e) => e.offer_id === offer.offer_id).map((e) => calendarEvent(e, base)),
  }));
  return offersCalendar({ name: options.name, description: options.description ?? null, offers: calendarOffers, now: ctx.now, today: copenhagenToday(ctx.now) });
}

export function calendarEvent(row: EventRow, base: string): CalendarEvent {
  return {
    id: row.event_id,
    title: row.offer_name && row.offer_name !== row.title ? `${row.title} (${row.offer_name})` : row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: placeText(row),
    url: `${base}/det-sker/${row.event_id}`,
    cancelled: row.status === 'cancelled',
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The first sentences of a description, enough for a calendar entry. */
function firstSentences(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return trimmed.length <= 400 ? trimmed : `${trimmed.slice(0, 397).trimEnd()}…`;
}
