import type { CourseBody, VolunteerProfile } from '../../contracts/volunteers.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { courseValidUntil, isVolunteerCourseKey } from '../../domain/volunteer-courses.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { loadVolunteerProfile } from './load-volunteer-profile.js';
import { authorizeCoordinator } from './volunteer-access.js';
import { volunteerError, type VolunteerMessageKey } from './volunteer-messages.js';
import { findProfile } from './volunteer-repository.js';
import { forgetMatchesAfterCommit } from '../companions/match-cache.js';

/**
 * The coordinator records a course the volunteer has completed (again: a renewed first-aid course replaces the old
 * date). Its end follows from the course list unless given; a course not on the list is refused.
 */
export async function recordVolunteerCourse(ctx: Ctx, userId: string, courseKey: string, input: CourseBody): Promise<VolunteerProfile> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-course', resourceId: userId, details: { operation: 'record', courseKey } });
  if (!(await findProfile(ctx.trx, ctx.tenantId, userId))) throw new AppError('not_found');
  const validUntil = input.validUntil !== undefined ? input.validUntil : courseValidUntil(courseKey, input.completedOn);
  const problems: { path: string; key: VolunteerMessageKey }[] = [];
  if (!isVolunteerCourseKey(courseKey)) problems.push({ path: 'courseKey', key: 'course.unknown' });
  if (input.completedOn > copenhagenToday(ctx.now)) problems.push({ path: 'completedOn', key: 'course.in_future' });
  if (validUntil !== null && validUntil < input.completedOn) problems.push({ path: 'validUntil', key: 'course.valid_before_completed' });
  if (problems.length > 0) throw volunteerError('validation_failed', ctx.language, problems);
  await ctx.trx
    .insertInto('volunteer_course')
    .values({ tenant_id: ctx.tenantId, user_id: userId, course_key: courseKey, completed_on: input.completedOn, valid_until: validUntil })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id', 'course_key']).doUpdateSet({ completed_on: input.completedOn, valid_until: validUntil }))
    .execute();
  return loadVolunteerProfile(ctx, userId);
}

/** Removes a course recorded by mistake. */
export async function removeVolunteerCourse(ctx: Ctx, userId: string, courseKey: string): Promise<VolunteerProfile> {
  // A volunteer's pattern, exceptions, courses or status decide the matches: the kept lists go after commit.
  forgetMatchesAfterCommit(ctx);
  await authorizeCoordinator(ctx, { resourceType: 'volunteer-course', resourceId: userId, details: { operation: 'remove', courseKey } });
  const removed = await ctx.trx.deleteFrom('volunteer_course').where('tenant_id', '=', ctx.tenantId).where('user_id', '=', userId).where('course_key', '=', courseKey).executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw new AppError('not_found');
  return loadVolunteerProfile(ctx, userId);
}
