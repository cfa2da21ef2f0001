import type { OfferSearchQuery } from '../../contracts/offers.js';
import type { PublicCtx } from '../../http/run-public.js';
import { calendarOfOffers } from '../events/offers-calendar.js';
import { searchOffers } from './search-offers.js';

/** A calendar of a search carries at most this many offers (the best matches), so a feed stays a feed. */
export const SEARCH_CALENDAR_OFFERS = 50;

/**
 * The iCalendar feed of a search ("Det sker" for what I looked for): the opening hours and coming events of the
 * offers the same search finds, best matches first. A calendar app that subscribes gets the changes as they come.
 */
export async function getSearchCalendar(ctx: PublicCtx, query: OfferSearchQuery, options: { name: string; publicUrl: string }): Promise<string> {
  const found = await searchOffers(ctx, { ...query, page: 1, pageSize: SEARCH_CALENDAR_OFFERS, groupBy: undefined });
  return calendarOfOffers(ctx, found.items.map((offer) => offer.id), options);
}
