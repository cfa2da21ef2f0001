import type { ActivityDetail, ActivityNote } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentActivity, presentNote } from './present-strategies.js';
import { authorizeStrategy, mayManage } from './strategy-access.js';
import { listActivityRows, listNotes, ownerOptions } from './strategy-repository.js';

/** Reads one activity with where it belongs; the rows for a change are read again by the use case that changes it. */
export async function readActivityDetail(ctx: Ctx, activityId: string): Promise<ActivityDetail | null> {
  const [row] = await listActivityRows(ctx.trx, ctx.tenantId, { activityId });
  if (!row) return null;
  const place = await ctx.trx
    .selectFrom('focus_area as f')
    .innerJoin('strategy as s', (join) => join.onRef('s.tenant_id', '=', 'f.tenant_id').onRef('s.strategy_id', '=', 'f.strategy_id'))
    .select(['f.focus_area_id', 'f.number', 'f.name', 'f.track', 's.strategy_id', 's.name as strategy_name'])
    .where('f.tenant_id', '=', ctx.tenantId)
    .where('f.focus_area_id', '=', row.focus_area_id)
    .executeTakeFirstOrThrow();
  const manage = mayManage(ctx);
  return {
    ...presentActivity(row, copenhagenToday(ctx.now)),
    strategy: { id: place.strategy_id, name: place.strategy_name },
    focusArea: { id: place.focus_area_id, number: place.number, name: place.name, track: place.track },
    mayManage: manage,
    options: manage ? await ownerOptions(ctx.trx, ctx.tenantId) : null,
  };
}

/** An activity, where it belongs, and (for a leader) what its owner can be chosen from. */
export async function getActivity(ctx: Ctx, activityId: string): Promise<ActivityDetail> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'strategy-activity', id: activityId });
  const detail = await readActivityDetail(ctx, activityId);
  if (!detail) throw new AppError('not_found');
  return detail;
}

/** An activity's progress notes, newest first. */
export async function listActivityNotes(ctx: Ctx, activityId: string): Promise<{ notes: ActivityNote[] }> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'strategy-activity', id: activityId, details: { part: 'notes' } });
  const exists = await ctx.trx.selectFrom('strategy_activity').select('activity_id').where('tenant_id', '=', ctx.tenantId).where('activity_id', '=', activityId).executeTakeFirst();
  if (!exists) throw new AppError('not_found');
  return { notes: (await listNotes(ctx.trx, ctx.tenantId, activityId)).map(presentNote) };
}
