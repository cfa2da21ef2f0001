import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { bookedCompanionStatuses } from '../../domain/companion-state.js';
import { distanceKm } from '../../domain/geo.js';
import { availabilityFor } from '../../domain/volunteer-availability.js';
import { volunteerCourse } from '../../domain/volunteer-courses.js';
import { qualificationProblem } from '../../domain/volunteer-qualification.js';
import type { Ctx } from '../../platform/context.js';
import type { AppError } from '../../platform/errors.js';
import { companionError, kmText } from './companion-messages.js';
import type { CompanionRow } from './companion-repository.js';
import { MAX_TRIP_MS } from './match-repository.js';

/**
 * Whether one volunteer can take one request — the same questions the matching's SQL asks of everyone
 * (match-repository.ts), asked of one person so that the answer can say what is wrong. The volunteer's profile row
 * is locked first, so two assignments of the same volunteer at once are checked one after the other and the second
 * sees the first: a volunteer is never booked twice for the same time. Returns the translated error, or null.
 */
export async function volunteerFitError(ctx: Ctx, request: CompanionRow, volunteerUserId: string): Promise<AppError | null> {
  const { trx, tenantId, language } = ctx;
  const profile = await trx
    .selectFrom('volunteer_profile as p')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.user_id', '=', 'p.user_id'))
    .select(['p.status', 'p.home_lat', 'p.home_lon', 'p.max_distance_km', 'p.record_check_on', 'p.record_check_expires_on', 'u.display_name', 'u.active'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.user_id', '=', volunteerUserId)
    .forUpdate()
    .executeTakeFirst();
  if (!profile || !profile.active || profile.status !== 'active') return companionError('validation_failed', language, 'volunteerUserId', 'volunteer.unknown');
  const name = profile.display_name;
  const { starts_at: startsAt, ends_at: endsAt } = request;

  const courses = await trx.selectFrom('volunteer_course').select(['course_key', 'completed_on', 'valid_until']).where('tenant_id', '=', tenantId).where('user_id', '=', volunteerUserId).execute();
  const day = copenhagenToday(startsAt);
  const problem = qualificationProblem(
    { checkedOn: profile.record_check_on, expiresOn: profile.record_check_expires_on },
    courses.map((c) => ({ key: c.course_key, completedOn: c.completed_on, validUntil: c.valid_until })),
    { requiredCourse: request.required_course },
    day,
  );
  if (problem) {
    const course = request.required_course ? (volunteerCourse(request.required_course)?.name[language] ?? request.required_course) : '';
    const key = ({ 'record-check-missing': 'volunteer.record_check_missing', 'record-check-expired': 'volunteer.record_check_expired', 'course-missing': 'volunteer.course_missing', 'course-expired': 'volunteer.course_expired' } as const)[problem];
    return companionError('conflict', language, 'volunteerUserId', key, { name, course });
  }

  const slots = await trx.selectFrom('volunteer_weekly_slot').select(['weekday', 'from_minute', 'to_minute']).where('tenant_id', '=', tenantId).where('user_id', '=', volunteerUserId).execute();
  const exceptions = await trx
    .selectFrom('volunteer_availability_exception')
    .select(['kind', 'from_at', 'to_at'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', volunteerUserId)
    .where('from_at', '<', endsAt)
    .where('to_at', '>', startsAt)
    .execute();
  const availability = availabilityFor(
    slots.map((s) => ({ weekday: s.weekday, fromMinute: s.from_minute, toMinute: s.to_minute })),
    exceptions.map((e) => ({ kind: e.kind, from: e.from_at, to: e.to_at })),
    startsAt,
    endsAt,
  );
  if (availability === 'away') return companionError('conflict', language, 'volunteerUserId', 'volunteer.away', { name });
  if (availability === 'not-in-pattern') return companionError('conflict', language, 'volunteerUserId', 'volunteer.not_available', { name });

  const busy = await trx
    .selectFrom('companion_request')
    .select('request_id')
    .where('tenant_id', '=', tenantId)
    .where('volunteer_user_id', '=', volunteerUserId)
    .where('status', 'in', [...bookedCompanionStatuses])
    .where('starts_at', '>', new Date(startsAt.getTime() - MAX_TRIP_MS))
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .where('request_id', '<>', request.request_id)
    .executeTakeFirst();
  if (busy) return companionError('conflict', language, 'volunteerUserId', 'volunteer.busy', { name });

  if (request.meeting_lat !== null && request.meeting_lon !== null && profile.home_lat !== null && profile.home_lon !== null && profile.max_distance_km !== null) {
    const km = distanceKm({ latitude: profile.home_lat, longitude: profile.home_lon }, { latitude: request.meeting_lat, longitude: request.meeting_lon });
    if (km > profile.max_distance_km) return companionError('conflict', language, 'volunteerUserId', 'volunteer.too_far', { name, km: kmText(language, km), max: String(profile.max_distance_km) });
  }
  return null;
}
