import type { BookingList } from '../../contracts/peer-guides.js';
import type { Ctx } from '../../platform/context.js';
import { listBookings } from './booking-repository.js';
import { auditCitizensListed, authorizePeerGuides, sidesOf } from './peer-guide-access.js';
import { presentBooking } from './present-booking.js';

/**
 * The logged-in guide's own bookings, earliest first. A conversation shows the citizen's first name and the note, and
 * is recorded in that citizen's access log — the guide reads nothing else about the citizen.
 */
export async function listMyGuideBookings(ctx: Ctx): Promise<BookingList> {
  await authorizePeerGuides(ctx, 'peer-guide.own', { resourceType: 'peer-guide-booking-list', details: { of: 'guide-self' } });
  const rows = await listBookings(ctx.trx, ctx.tenantId, { guideId: ctx.actor.userId });
  await auditCitizensListed(ctx, rows, 'peer-guide.own');
  return { items: rows.map((row) => presentBooking(row, sidesOf(ctx, row), ctx.now, null)) };
}
