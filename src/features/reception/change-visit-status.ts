import type { ChangeVisitBody, Visit } from '../../contracts/reception.js';
import { canChangeVisitStatus, followUpDueOn, getsFollowUp } from '../../domain/reception-visit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentVisit } from './present-visit.js';
import { authorizeVisit } from './reception-access.js';
import { findVisit, updateVisitIfVersion } from './reception-repository.js';

/**
 * Moves a visit on: a worker takes it (with-worker: the visit is handed over to them), it is done (and a follow-up
 * falls due 14 days later), or the person left. Any other change is refused with 409.
 */
export async function changeVisitStatus(ctx: Ctx, visitId: string, input: ChangeVisitBody): Promise<Visit> {
  const visit = await authorizeVisit(ctx, visitId, input.status === 'with-worker' ? 'take' : input.status, { to: input.status });
  if (visit.version !== input.version) throw new AppError('conflict', 'version.stale');
  if (!canChangeVisitStatus(visit.status, input.status)) throw new AppError('conflict', 'reception.status_change');
  const changes =
    input.status === 'with-worker'
      ? { status: input.status, worker_user_id: ctx.actor.userId, handed_over_at: ctx.now }
      : { status: input.status, finished_at: ctx.now, ...(getsFollowUp(input.status) && { follow_up_due_on: followUpDueOn(ctx.now) }) };
  if (!(await updateVisitIfVersion(ctx.trx, { tenantId: ctx.tenantId, visitId, version: input.version }, changes))) throw new AppError('conflict', 'version.stale');
  return presentVisit((await findVisit(ctx.trx, ctx.tenantId, visitId))!, ctx.now);
}
