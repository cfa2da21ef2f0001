import type { Booking } from '../../contracts/peer-guides.js';
import { signUpRefusal } from '../../domain/peer-guide-booking.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findBooking, insertParticipant, listParticipants, lockBooking } from './booking-repository.js';
import { authorizePeerGuides, sidesOf } from './peer-guide-access.js';
import { peerGuideFieldError } from './peer-guide-messages.js';
import { presentBooking } from './present-booking.js';

/**
 * Staff sign someone up for an inspiration course (a citizen or relative by name). The booking row is locked and the
 * sign-ups counted under the lock, so the last place is given once; a full course is refused with 409.
 */
export async function signUpParticipant(ctx: Ctx, bookingId: string, name: string): Promise<Booking> {
  const participantId = newId();
  await authorizePeerGuides(ctx, 'peer-guide.book', { resourceType: 'peer-guide-participant', resourceId: participantId, details: { bookingId } });
  await lockBooking(ctx.trx, ctx.tenantId, bookingId);
  const row = await findBooking(ctx.trx, ctx.tenantId, bookingId);
  if (!row) throw new AppError('not_found');
  const refusal = signUpRefusal({ kind: row.kind, status: row.status, maxParticipants: row.max_participants, startsAt: row.starts_at }, Number(row.participant_count ?? 0), ctx.now);
  if (refusal === 'signup.not_course') throw peerGuideFieldError('validation_failed', ctx.language, 'name', refusal);
  if (refusal) throw peerGuideFieldError('conflict', ctx.language, 'name', refusal, { max: String(row.max_participants ?? 0) });
  await insertParticipant(ctx.trx, { tenantId: ctx.tenantId, bookingId, participantId, name, userId: null, at: ctx.now });
  const saved = (await findBooking(ctx.trx, ctx.tenantId, bookingId))!;
  const sides = sidesOf(ctx, saved);
  // Those not on the booking (another worker signing up their citizen) see the count, not who else is coming.
  const participants = sides.guide || sides.booker || sides.coordinator ? await listParticipants(ctx.trx, ctx.tenantId, bookingId) : null;
  return presentBooking(saved, sides, ctx.now, participants);
}
