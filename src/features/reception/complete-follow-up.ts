import type { Visit } from '../../contracts/reception.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentVisit } from './present-visit.js';
import { authorizeVisit } from './reception-access.js';
import { findVisit, updateVisitIfVersion } from './reception-repository.js';

/** Marks a visit's follow-up as done (it may be done before the due day, when the person comes back early). */
export async function completeFollowUp(ctx: Ctx, visitId: string, input: { version: number }): Promise<Visit> {
  const visit = await authorizeVisit(ctx, visitId, 'follow-up');
  if (visit.version !== input.version) throw new AppError('conflict', 'version.stale');
  if (visit.follow_up_due_on === null || visit.follow_up_done_at !== null) throw new AppError('conflict', 'reception.no_follow_up');
  const changes = { follow_up_done_at: ctx.now, follow_up_done_by: ctx.actor.userId };
  if (!(await updateVisitIfVersion(ctx.trx, { tenantId: ctx.tenantId, visitId, version: input.version }, changes))) throw new AppError('conflict', 'version.stale');
  return presentVisit((await findVisit(ctx.trx, ctx.tenantId, visitId))!, ctx.now);
}
