import type { CompanionRequest, CreateCompanionRequestBody } from '../../contracts/companions.js';
import { isVolunteerCourseKey } from '../../domain/volunteer-courses.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizeCitizenSide } from './companion-access.js';
import { companionError, whenText } from './companion-messages.js';
import { findCitizenOverlap, findCompanionRequest, findEventPlace, findOfferPlace, insertCompanionRequest, lockCitizen } from './companion-repository.js';
import { forgetMatchesAfterCommit } from './match-cache.js';
import { MAX_TRIP_MS } from './match-repository.js';
import { presentCompanion } from './present-companion.js';

/**
 * The citizen, a worker on their team, or a relative the citizen shares their leisure life with asks for a companion
 * to an activity (companion-access.ts). Refused with a translated message, and nothing stored: a time that has passed,
 * an end before the start, an unknown course, offer or event, and a time the citizen already has a trip (open,
 * assigned or agreed) — the citizen's row is locked so that two requests at once cannot both slip past that check.
 * An offer's or event's place fills in the coordinates when none are given.
 */
export async function createCompanionRequest(ctx: Ctx, input: CreateCompanionRequestBody): Promise<CompanionRequest> {
  const requestId = newId();
  const access = await authorizeCitizenSide(ctx, input.citizenId, requestId, { operation: 'create' });
  const language = ctx.language;
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (startsAt.getTime() <= ctx.now.getTime()) throw companionError('validation_failed', language, 'startsAt', 'starts.past');
  if (endsAt.getTime() <= startsAt.getTime()) throw companionError('validation_failed', language, 'endsAt', 'ends.before_start');
  if (endsAt.getTime() - startsAt.getTime() > MAX_TRIP_MS) throw companionError('validation_failed', language, 'endsAt', 'ends.too_long');
  if (input.requiredCourse && !isVolunteerCourseKey(input.requiredCourse)) throw companionError('validation_failed', language, 'requiredCourse', 'course.unknown');

  let lat = input.meetingLat ?? null;
  let lon = input.meetingLon ?? null;
  let offerId = input.offerId ?? null;
  if (input.eventId) {
    const event = await findEventPlace(ctx.trx, ctx.tenantId, input.eventId);
    if (!event) throw companionError('validation_failed', language, 'eventId', 'event.unknown');
    offerId ??= event.offer_id;
    if (lat === null && event.latitude !== null && event.longitude !== null) [lat, lon] = [event.latitude, event.longitude];
  }
  if (offerId) {
    const offer = await findOfferPlace(ctx.trx, ctx.tenantId, offerId);
    if (!offer) throw companionError('validation_failed', language, 'offerId', 'offer.unknown');
    if (lat === null && offer.latitude !== null && offer.longitude !== null) [lat, lon] = [offer.latitude, offer.longitude];
  }
  if (lat === null || lon === null) [lat, lon] = [null, null];

  await lockCitizen(ctx.trx, ctx.tenantId, input.citizenId);
  const overlap = await findCitizenOverlap(ctx.trx, ctx.tenantId, input.citizenId, startsAt, endsAt);
  if (overlap) throw companionError('conflict', language, 'startsAt', 'citizen.overlap', { activity: overlap.activity, when: whenText(language, overlap.starts_at) });

  await insertCompanionRequest(ctx.trx, {
    tenant_id: ctx.tenantId,
    request_id: requestId,
    citizen_id: input.citizenId,
    offer_id: offerId,
    event_id: input.eventId ?? null,
    activity: input.activity,
    starts_at: startsAt,
    ends_at: endsAt,
    meeting_place: input.meetingPlace,
    meeting_lat: lat,
    meeting_lon: lon,
    needs: [...new Set(input.needs)],
    needs_note: input.needsNote?.trim() || null,
    required_course: input.requiredCourse || null,
    day_contact_name: input.dayContactName?.trim() || null,
    day_contact_phone: input.dayContactPhone?.trim() || null,
    requested_by: ctx.actor.userId,
    requested_by_role: access.relation === 'self' ? 'citizen' : access.relation === 'relative' ? 'relative' : 'staff',
    status: 'open',
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  forgetMatchesAfterCommit(ctx);
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row) throw new AppError('internal');
  return presentCompanion(row, [], new Set(['citizen']), access.relation === 'self' ? 'citizen' : 'other', language, ctx.now);
}
