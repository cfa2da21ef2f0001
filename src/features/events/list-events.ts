import type { EventList, EventListQuery } from '../../contracts/events.js';
import { copenhagenToday, endOfCopenhagenDay, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { addDays, dayNumber } from '../../domain/copenhagen-wall-clock.js';
import type { PublicCtx } from '../../http/run-public.js';
import { searchWords } from '../offers/search-offers.js';
import { eventFieldError } from './event-messages.js';
import { listPublicEvents } from './event-repository.js';
import { presentEvent } from './present-event.js';

/** "Det sker" lists the coming 8 weeks unless asked otherwise. */
export const DEFAULT_WEEKS = 8;
const MAX_DAYS = 366;
const MAX_EVENTS = 500;

/**
 * "Det sker": the public events (of published offers, and organisations' own) that take place in the period, earliest
 * first; cancelled ones are listed too, marked as cancelled. No login: nothing about a person is read.
 */
export async function listEvents(ctx: PublicCtx, query: EventListQuery): Promise<EventList> {
  const from = query.from ?? copenhagenToday(ctx.now);
  const to = query.to ?? addDays(from, DEFAULT_WEEKS * 7 - 1);
  if (to < from || dayNumber(to) - dayNumber(from) > MAX_DAYS) throw eventFieldError(ctx.language, 'to', 'event.window');
  const rows = await listPublicEvents(ctx.trx, ctx.tenantId, {
    from: startOfCopenhagenDay(from),
    to: endOfCopenhagenDay(to),
    offerIds: query.offerId ? [query.offerId] : undefined,
    lifeDomain: query.lifeDomain,
    targetGroup: query.targetGroup,
    q: searchWords(query.q) ?? undefined,
    limit: MAX_EVENTS,
  });
  return { from, to, items: rows.map(presentEvent) };
}
