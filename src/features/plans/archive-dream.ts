import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePlanWrite } from './plan-access.js';
import { findDream, updateDreamIfVersion } from './plan-repository.js';
import { dreamFields } from './present-plan.js';
import { recordPlanChange } from './record-plan-change.js';

/** Removes a dream from the plan. It is archived, not erased, so the history keeps what it said. */
export async function archiveDream(ctx: Ctx, citizenId: string, dreamId: string, version: number): Promise<void> {
  const access = await authorizePlanWrite(ctx, { citizenId, part: 'dreams', resourceType: 'dream', resourceId: dreamId, operation: 'delete' });
  const existing = await findDream(ctx.trx, ctx.tenantId, citizenId, dreamId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  const archived = await updateDreamIfVersion(ctx.trx, { tenantId: ctx.tenantId, dreamId, version }, { archived_at: ctx.now }, ctx.now);
  if (!archived) throw new AppError('conflict', 'version.stale');
  await recordPlanChange(ctx, { access, part: 'dreams', subjectType: 'dream', subjectId: dreamId, operation: 'delete', before: dreamFields(existing), after: null });
}
