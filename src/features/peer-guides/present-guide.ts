import type { PeerGuide } from '../../contracts/peer-guides.js';
import { guideUnavailableReason, type ExperienceArea } from '../../domain/peer-guide-booking.js';
import type { Ctx } from '../../platform/context.js';
import { busySlots, upcomingCourses, type GuideRow } from './peer-guide-repository.js';

/** How far ahead the busy times are shown: enough to plan a talk or a course. */
const BUSY_DAYS_AHEAD = 90;

/** Guides with their upcoming busy times (when, never what) and open inspiration courses, two queries for all. */
export async function presentGuides(ctx: Ctx, rows: readonly GuideRow[]): Promise<PeerGuide[]> {
  const until = new Date(ctx.now.getTime() + BUSY_DAYS_AHEAD * 86_400_000);
  const guideIds = rows.map((r) => r.user_id);
  const slots = await busySlots(ctx.trx, ctx.tenantId, guideIds, ctx.now, until);
  const courses = await upcomingCourses(ctx.trx, ctx.tenantId, guideIds, ctx.now, until);
  return rows.map((row) => ({
    id: row.user_id,
    name: row.display_name,
    experienceAreas: row.experience_areas as ExperienceArea[],
    presentation: row.presentation,
    trainingStatus: row.training_status,
    trainedOn: row.trained_on,
    availabilityNote: row.availability_note,
    status: row.status,
    bookable: row.active && guideUnavailableReason({ trainingStatus: row.training_status, status: row.status }) === null,
    busy: slots.filter((s) => s.guide_user_id === row.user_id).map((s) => ({ startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString() })),
    courses: courses
      .filter((c) => c.guide_user_id === row.user_id)
      .map((c) => ({ id: c.booking_id, title: c.title, startsAt: c.starts_at.toISOString(), endsAt: c.ends_at.toISOString(), place: c.place, maxParticipants: c.max_participants ?? 0, participantCount: Number(c.participant_count ?? 0) })),
    version: row.version,
  }));
}
