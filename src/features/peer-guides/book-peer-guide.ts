import type { Booking, CreateBookingBody } from '../../contracts/peer-guides.js';
import { bookingProblems, defaultFundingSource, firstOverlap } from '../../domain/peer-guide-booking.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findBooking, guideBookingsBetween, insertBooking, unitArea } from './booking-repository.js';
import { authorizePeerGuides, CONVERSATION_PURPOSE, sidesOf } from './peer-guide-access.js';
import { bookingProblemsText, peerGuideFieldError, periodText } from './peer-guide-messages.js';
import { findGuide } from './peer-guide-repository.js';
import { presentBooking } from './present-booking.js';

/**
 * Social-area and job-centre staff book a peer guide: a conversation for a citizen on their team (the citizen gate
 * decides and audits; anyone else gets 404) or for a relative named in `audience`, a talk, or an inspiration course
 * with a maximum. The guide's profile row is locked first, so two bookings of the same time are judged one after the
 * other and the second is refused. Who pays defaults from the booker's unit; the booker's unit is recorded.
 */
export async function bookPeerGuide(ctx: Ctx, input: CreateBookingBody): Promise<Booking> {
  const bookingId = newId();
  const details = { operation: 'create', guideId: input.guideId, kind: input.kind };
  if (input.citizenId !== null) {
    await authorizeCitizen(ctx, { citizenId: input.citizenId, action: 'peer-guide.book', purpose: CONVERSATION_PURPOSE, resourceType: 'peer-guide-booking', resourceId: bookingId, details });
  } else {
    await authorizePeerGuides(ctx, 'peer-guide.book', { resourceType: 'peer-guide-booking', resourceId: bookingId, details });
  }
  const guide = await findGuide(ctx.trx, ctx.tenantId, input.guideId, { lock: true });
  if (!guide || !guide.active) throw peerGuideFieldError('validation_failed', ctx.language, 'guideId', 'guide.unknown');

  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const taken = endsAt > startsAt ? await guideBookingsBetween(ctx.trx, ctx.tenantId, guide.user_id, startsAt, endsAt) : [];
  const problems = bookingProblems(
    { kind: input.kind, citizenId: input.citizenId, audience: input.audience, maxParticipants: input.maxParticipants, startsAt, endsAt },
    { now: ctx.now, guide: { trainingStatus: guide.training_status, status: guide.status }, guideBookings: taken },
  );
  if (problems.length > 0) {
    const busy = firstOverlap({ startsAt, endsAt }, taken);
    throw new AppError('validation_failed', undefined, bookingProblemsText(ctx.language, problems, busy ? periodText(ctx.language, busy.startsAt, busy.endsAt) : ''));
  }

  const bookerUnitId = ctx.actor.orgUnitId;
  await insertBooking(ctx.trx, {
    tenant_id: ctx.tenantId,
    booking_id: bookingId,
    guide_user_id: guide.user_id,
    kind: input.kind,
    title: input.title,
    citizen_id: input.citizenId,
    audience: input.audience,
    starts_at: startsAt,
    ends_at: endsAt,
    place: input.place,
    max_participants: input.maxParticipants,
    funding_source: input.fundingSource ?? defaultFundingSource(await unitArea(ctx.trx, ctx.tenantId, bookerUnitId)),
    booked_by: ctx.actor.userId,
    booked_by_unit_id: bookerUnitId,
    note: input.note,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  const row = await findBooking(ctx.trx, ctx.tenantId, bookingId);
  if (!row) throw new AppError('internal');
  return presentBooking(row, sidesOf(ctx, row), ctx.now, []);
}
