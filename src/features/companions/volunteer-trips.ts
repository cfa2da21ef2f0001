import type { Accompaniment, AccompanimentList } from '../../contracts/companions.js';
import { bookedCompanionStatuses } from '../../domain/companion-state.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { availabilityFor, overlaps } from '../../domain/volunteer-availability.js';
import { qualificationProblem } from '../../domain/volunteer-qualification.js';
import { authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCompanion, COMPANION_PURPOSE } from './companion-access.js';
import { evaluationsOf, findCompanionRequest, listCompanionRequests, listOpenFutureRequests } from './companion-repository.js';
import { presentAccompaniment } from './present-companion.js';

/**
 * "Mine ture": the volunteer's own accompaniments, coming ones first (soonest first), then the earlier ones (latest
 * first) — each with only what the trip needs. A listed trip shows a citizen's first name, so each citizen gets an
 * audit entry.
 */
export async function listMyAccompaniments(ctx: Ctx): Promise<AccompanimentList> {
  await authorize(ctx, { action: 'companion.accompany', resourceType: 'accompaniment-list', purpose: COMPANION_PURPOSE });
  const rows = await listCompanionRequests(ctx.trx, ctx.tenantId, { volunteerUserId: ctx.actor.userId });
  for (const citizenId of new Set(rows.map((r) => r.citizen_id))) {
    await recordAudit(ctx, { action: 'companion.accompany', resourceType: 'companion-request', citizenId, purpose: COMPANION_PURPOSE, outcome: 'allowed', details: { listed: true } });
  }
  const now = ctx.now.getTime();
  const coming = rows.filter((r) => r.ends_at.getTime() > now).sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime());
  const earlier = rows.filter((r) => r.ends_at.getTime() <= now).sort((a, b) => b.starts_at.getTime() - a.starts_at.getTime());
  const evaluations = await evaluationsOf(ctx.trx, ctx.tenantId, rows.map((r) => r.request_id));
  return { items: [...coming, ...earlier].map((row) => presentAccompaniment(row, evaluations, ctx.actor.userId, ctx.language, ctx.now)) };
}

/** One of the volunteer's own trips; anyone else's is 404 (audited as a denial by the gate). */
export async function getMyAccompaniment(ctx: Ctx, requestId: string): Promise<Accompaniment> {
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row) throw new AppError('not_found');
  const { sides } = await authorizeCompanion(ctx, row, 'read-trip');
  if (!sides.has('volunteer')) throw new AppError('not_found');
  const evaluations = await evaluationsOf(ctx.trx, ctx.tenantId, [requestId]);
  return presentAccompaniment(row, evaluations, ctx.actor.userId, ctx.language, ctx.now);
}

/**
 * Open requests the volunteer could take: ones that have not begun, that their pattern covers, on days they have the
 * check and the course, and not at a time they are already out. Without the citizen's name or the day contact until
 * taken. The same pure rules as the matching (domain/volunteer-availability.ts, volunteer-qualification.ts).
 */
export async function listOpenForVolunteer(ctx: Ctx): Promise<AccompanimentList> {
  await authorize(ctx, { action: 'companion.accompany', resourceType: 'open-companion-requests', purpose: COMPANION_PURPOSE });
  const userId = ctx.actor.userId;
  const profile = await ctx.trx.selectFrom('volunteer_profile').select(['status', 'record_check_on', 'record_check_expires_on']).where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).executeTakeFirst();
  if (!profile || profile.status !== 'active') return { items: [] };
  const [slots, exceptions, courses, open, mine] = [
    await ctx.trx.selectFrom('volunteer_weekly_slot').select(['weekday', 'from_minute', 'to_minute']).where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).execute(),
    await ctx.trx.selectFrom('volunteer_availability_exception').select(['kind', 'from_at', 'to_at']).where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).where('to_at', '>', ctx.now).execute(),
    await ctx.trx.selectFrom('volunteer_course').select(['course_key', 'completed_on', 'valid_until']).where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).execute(),
    await listOpenFutureRequests(ctx.trx, ctx.tenantId, ctx.now),
    await listCompanionRequests(ctx.trx, ctx.tenantId, { volunteerUserId: userId }),
  ];
  const booked = mine.filter((r) => (bookedCompanionStatuses as readonly string[]).includes(r.status)).map((r) => ({ from: r.starts_at, to: r.ends_at }));
  const fits = open.filter((r) => {
    const period = { from: r.starts_at, to: r.ends_at };
    const check = { checkedOn: profile.record_check_on, expiresOn: profile.record_check_expires_on };
    const completed = courses.map((c) => ({ key: c.course_key, completedOn: c.completed_on, validUntil: c.valid_until }));
    return (
      qualificationProblem(check, completed, { requiredCourse: r.required_course }, copenhagenToday(r.starts_at)) === null &&
      availabilityFor(slots.map((s) => ({ weekday: s.weekday, fromMinute: s.from_minute, toMinute: s.to_minute })), exceptions.map((e) => ({ kind: e.kind, from: e.from_at, to: e.to_at })), r.starts_at, r.ends_at) === 'available' &&
      !booked.some((b) => overlaps(b, period))
    );
  });
  return { items: fits.map((row) => presentAccompaniment(row, [], userId, ctx.language, ctx.now)) };
}
