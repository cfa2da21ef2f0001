import type { Activity, UpdateActivityBody } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { checkActivityReferences, unique } from './activity-owners.js';
import { presentActivity } from './present-strategies.js';
import { authorizeStrategy } from './strategy-access.js';
import { listActivityRows, updateActivityIfVersion } from './strategy-repository.js';

/** Changes an activity's status, title, owner, period or links on the version read (409 when someone changed it meanwhile). */
export async function updateActivity(ctx: Ctx, activityId: string, input: UpdateActivityBody): Promise<Activity> {
  const [existing] = await listActivityRows(ctx.trx, ctx.tenantId, { activityId });
  const { version, ...changes } = input;
  await authorizeStrategy(ctx, 'strategy.manage', { type: 'strategy-activity', id: activityId, details: { operation: 'update', fields: Object.keys(changes), ...(changes.status !== undefined && { status: { from: existing?.status ?? null, to: changes.status } }) } });
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  const periodFrom = changes.periodFrom !== undefined ? changes.periodFrom : existing.period_from;
  const periodTo = changes.periodTo !== undefined ? changes.periodTo : existing.period_to;
  await checkActivityReferences(ctx, changes, { from: periodFrom, to: periodTo });
  const values = {
    ...(changes.title !== undefined && { title: changes.title }),
    ...(changes.description !== undefined && { description: changes.description.trim() }),
    ...(changes.status !== undefined && { status: changes.status }),
    ...(changes.periodFrom !== undefined && { period_from: changes.periodFrom }),
    ...(changes.periodTo !== undefined && { period_to: changes.periodTo }),
    ...(changes.workingGroupId !== undefined && { working_group_id: changes.workingGroupId }),
    ...(changes.ownerUnitId !== undefined && { owner_unit_id: changes.ownerUnitId }),
    ...(changes.responsibleUserId !== undefined && { responsible_user_id: changes.responsibleUserId }),
    ...(changes.unGoals !== undefined && { un_goals: unique(changes.unGoals) }),
    ...(changes.nationalGoals !== undefined && { national_goals: unique(changes.nationalGoals) }),
    ...(changes.indicatorKeys !== undefined && { indicator_keys: unique(changes.indicatorKeys) }),
  };
  if (Object.keys(values).length > 0) {
    const saved = await updateActivityIfVersion(ctx.trx, { tenantId: ctx.tenantId, activityId, version }, values, ctx.now);
    if (!saved) throw new AppError('conflict', 'version.stale');
  }
  const [row] = await listActivityRows(ctx.trx, ctx.tenantId, { activityId });
  return presentActivity(row!, copenhagenToday(ctx.now));
}
