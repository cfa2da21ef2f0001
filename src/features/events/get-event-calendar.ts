import type { PublicCtx } from '../../http/run-public.js';
import { eventsCalendar } from '../../interop/ical/offer-calendar.js';
import { AppError } from '../../platform/errors.js';
import { findPublicEvent } from './event-repository.js';
import { calendarEvent } from './offers-calendar.js';

/** One public event as a calendar file, for "Føj til min kalender". */
export async function getEventCalendar(ctx: PublicCtx, eventId: string, publicUrl: string): Promise<string> {
  const row = await findPublicEvent(ctx.trx, ctx.tenantId, eventId);
  if (!row) throw new AppError('not_found');
  return eventsCalendar({ name: row.title, events: [calendarEvent(row, publicUrl.replace(/\/$/, ''))], now: ctx.now });
}
