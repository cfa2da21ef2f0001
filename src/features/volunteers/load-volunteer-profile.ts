import type { VolunteerProfile } from '../../contracts/volunteers.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentVolunteerProfile } from './present-volunteer.js';
import { coursesOf, currentGuidelines, exceptionsOf, findProfile, slotsOf } from './volunteer-repository.js';

/** A volunteer's whole profile as it stands in this transaction (after the caller's access check); 404 when there is none. */
export async function loadVolunteerProfile(ctx: Ctx, userId: string): Promise<VolunteerProfile> {
  const row = await findProfile(ctx.trx, ctx.tenantId, userId);
  if (!row) throw new AppError('not_found');
  const [courses, slots, exceptions, guidelines] = [
    await coursesOf(ctx.trx, ctx.tenantId, [userId]),
    await slotsOf(ctx.trx, ctx.tenantId, userId),
    await exceptionsOf(ctx.trx, ctx.tenantId, userId, ctx.now),
    await currentGuidelines(ctx.trx, ctx.tenantId),
  ];
  return presentVolunteerProfile(row, { courses, slots, exceptions, guidelines }, copenhagenToday(ctx.now), ctx.language);
}
