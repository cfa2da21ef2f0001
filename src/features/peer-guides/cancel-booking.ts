import type { Booking } from '../../contracts/peer-guides.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { closeBooking, findBooking, listParticipants } from './booking-repository.js';
import { authorizeBooking } from './peer-guide-access.js';
import { peerGuideFieldError } from './peer-guide-messages.js';
import { presentBooking } from './present-booking.js';

/** The booker, the guide or the coordinator cancels a booking that has not been held; the guide's time is free again. */
export async function cancelBooking(ctx: Ctx, bookingId: string, version: number): Promise<Booking> {
  const row = await findBooking(ctx.trx, ctx.tenantId, bookingId);
  if (!row) throw new AppError('not_found');
  const sides = await authorizeBooking(ctx, row, 'cancel');
  if (row.status !== 'booked') throw peerGuideFieldError('conflict', ctx.language, 'version', 'cancel.not_booked');
  if (row.version !== version || !(await closeBooking(ctx.trx, { tenantId: ctx.tenantId, bookingId, version, now: ctx.now }, { status: 'cancelled' }))) throw new AppError('conflict', 'version.stale');
  return presentBooking((await findBooking(ctx.trx, ctx.tenantId, bookingId))!, sides, ctx.now, await listParticipants(ctx.trx, ctx.tenantId, bookingId));
}
