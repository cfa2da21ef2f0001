import type { BookingList } from '../../contracts/peer-guides.js';
import type { Ctx } from '../../platform/context.js';
import { listBookings } from './booking-repository.js';
import { auditCitizensListed, authorizePeerGuides, sidesOf } from './peer-guide-access.js';
import { presentBooking } from './present-booking.js';

/**
 * Without a guide: the bookings the actor made (each conversation's citizen audited, as the list names them). With a
 * guide: that guide's bookings, for the coordinator, who sees conversations without whom they are for.
 */
export async function listPeerGuideBookings(ctx: Ctx, query: { guideId?: string | undefined }): Promise<BookingList> {
  if (query.guideId !== undefined) {
    await authorizePeerGuides(ctx, 'peer-guide.manage', { resourceType: 'peer-guide-booking-list', resourceId: query.guideId, details: { of: 'guide' } });
  } else {
    await authorizePeerGuides(ctx, 'peer-guide.book', { resourceType: 'peer-guide-booking-list', details: { of: 'booker' } });
  }
  const rows = await listBookings(ctx.trx, ctx.tenantId, query.guideId !== undefined ? { guideId: query.guideId } : { bookedBy: ctx.actor.userId });
  const items = rows.map((row) => ({ row, sides: sidesOf(ctx, row) }));
  await auditCitizensListed(ctx, items.filter((i) => i.sides.guide || i.sides.booker).map((i) => i.row), query.guideId !== undefined ? 'peer-guide.manage' : 'peer-guide.book');
  return { items: items.map(({ row, sides }) => presentBooking(row, sides, ctx.now, null)) };
}
