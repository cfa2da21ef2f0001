import type { Booking } from '../../contracts/peer-guides.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findBooking, listParticipants } from './booking-repository.js';
import { authorizeBooking } from './peer-guide-access.js';
import { presentBooking } from './present-booking.js';

/** One booking with its sign-ups, for its guide, its booker and the coordinator (audited; others 404). */
export async function getBooking(ctx: Ctx, bookingId: string): Promise<Booking> {
  const row = await findBooking(ctx.trx, ctx.tenantId, bookingId);
  if (!row) throw new AppError('not_found');
  const sides = await authorizeBooking(ctx, row, 'read');
  return presentBooking(row, sides, ctx.now, await listParticipants(ctx.trx, ctx.tenantId, bookingId));
}
