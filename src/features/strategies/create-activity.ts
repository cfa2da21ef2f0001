import type { Activity, CreateActivityBody } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { checkActivityReferences, unique } from './activity-owners.js';
import { presentActivity } from './present-strategies.js';
import { authorizeStrategy } from './strategy-access.js';
import { listActivityRows } from './strategy-repository.js';

/** A new activity under a focus area of the strategy named (404 when the focus area is not the strategy's). */
export async function createActivity(ctx: Ctx, params: { id: string; fid: string }, input: CreateActivityBody): Promise<Activity> {
  const activityId = newId();
  await authorizeStrategy(ctx, 'strategy.manage', { type: 'strategy-activity', id: activityId, details: { operation: 'create', strategyId: params.id, focusAreaId: params.fid, title: input.title, status: input.status ?? 'not-started' } });
  const area = await ctx.trx.selectFrom('focus_area').select('focus_area_id').where('tenant_id', '=', ctx.tenantId).where('focus_area_id', '=', params.fid).where('strategy_id', '=', params.id).executeTakeFirst();
  if (!area) throw new AppError('not_found');
  await checkActivityReferences(ctx, input, { from: input.periodFrom, to: input.periodTo });
  const last = await ctx.trx.selectFrom('strategy_activity').select((eb) => eb.fn.max('position').as('position')).where('tenant_id', '=', ctx.tenantId).where('focus_area_id', '=', params.fid).executeTakeFirst();
  await ctx.trx
    .insertInto('strategy_activity')
    .values({
      tenant_id: ctx.tenantId,
      activity_id: activityId,
      focus_area_id: params.fid,
      title: input.title,
      description: input.description?.trim() ?? '',
      working_group_id: input.workingGroupId ?? null,
      owner_unit_id: input.ownerUnitId ?? null,
      responsible_user_id: input.responsibleUserId ?? null,
      period_from: input.periodFrom ?? null,
      period_to: input.periodTo ?? null,
      status: input.status ?? 'not-started',
      un_goals: unique(input.unGoals ?? []),
      national_goals: unique(input.nationalGoals ?? []),
      indicator_keys: unique(input.indicatorKeys ?? []),
      position: (Number(last?.position ?? 0) || 0) + 1,
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  const [row] = await listActivityRows(ctx.trx, ctx.tenantId, { activityId });
  return presentActivity(row!, copenhagenToday(ctx.now));
}
