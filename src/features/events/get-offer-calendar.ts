import type { PublicCtx } from '../../http/run-public.js';
import { AppError } from '../../platform/errors.js';
import { findPublishedOffers } from './event-repository.js';
import { calendarTexts } from './calendar-texts.js';
import { calendarOfOffers } from './offers-calendar.js';

/** The public calendar of one published offer: its opening hours and its coming events. */
export async function getOfferCalendar(ctx: PublicCtx, offerId: string, publicUrl: string): Promise<string> {
  const [offer] = await findPublishedOffers(ctx.trx, ctx.tenantId, [offerId]);
  if (!offer) throw new AppError('not_found');
  return calendarOfOffers(ctx, [offerId], { name: offer.name, description: calendarTexts(ctx.language).offerDescription(offer.name), publicUrl });
}
