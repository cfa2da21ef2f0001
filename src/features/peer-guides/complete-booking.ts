import type { Booking, CompleteBookingBody } from '../../contracts/peer-guides.js';
import { completionRefusal } from '../../domain/peer-guide-booking.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { closeBooking, findBooking, listParticipants } from './booking-repository.js';
import { authorizeBooking } from './peer-guide-access.js';
import { peerGuideFieldError } from './peer-guide-messages.js';
import { presentBooking } from './present-booking.js';

/**
 * The guide marks a booking held and logs the minutes spent (the coordinator may do it for them); these minutes are
 * the hours by funding source. Only once it has begun, and only once.
 */
export async function completeBooking(ctx: Ctx, bookingId: string, input: CompleteBookingBody): Promise<Booking> {
  const row = await findBooking(ctx.trx, ctx.tenantId, bookingId);
  if (!row) throw new AppError('not_found');
  const sides = await authorizeBooking(ctx, row, 'complete');
  if (!sides.guide && !sides.coordinator) throw new AppError('forbidden');
  const refusal = completionRefusal({ status: row.status, startsAt: row.starts_at }, input.minutes, ctx.now);
  if (refusal === 'done.not_booked') throw peerGuideFieldError('conflict', ctx.language, 'version', refusal);
  if (refusal) throw peerGuideFieldError('validation_failed', ctx.language, 'minutes', refusal);
  if (row.version !== input.version || !(await closeBooking(ctx.trx, { tenantId: ctx.tenantId, bookingId, version: input.version, now: ctx.now }, { status: 'done', minutes: input.minutes }))) {
    throw new AppError('conflict', 'version.stale');
  }
  return presentBooking((await findBooking(ctx.trx, ctx.tenantId, bookingId))!, sides, ctx.now, await listParticipants(ctx.trx, ctx.tenantId, bookingId));
}
