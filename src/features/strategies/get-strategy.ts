import type { StrategyDetail } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { loadSteeringData } from './list-strategies.js';
import { presentActivity, presentStrategyList } from './present-strategies.js';
import { authorizeStrategy, mayManage } from './strategy-access.js';

/** A strategy's tree: focus areas with purpose, why and goal, this year's selection and working group, and activities. */
export async function getStrategy(ctx: Ctx, strategyId: string): Promise<StrategyDetail> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'strategy', id: strategyId });
  const today = copenhagenToday(ctx.now);
  const year = Number(today.slice(0, 4));
  const data = await loadSteeringData(ctx, year);
  const row = data.strategies.find((s) => s.strategy_id === strategyId);
  if (!row) throw new AppError('not_found');
  const item = presentStrategyList(data).find((s) => s.id === strategyId)!;
  const selected = new Map((data.thisYear?.focusAreas ?? []).map((f) => [f.id, f.workingGroup]));
  return {
    ...item,
    year,
    mission: row.mission,
    vision: row.vision,
    mayManage: mayManage(ctx),
    focusAreas: item.focusAreas.map((head) => {
      const area = data.focusAreas.find((f) => f.focus_area_id === head.id)!;
      return {
        ...head,
        purpose: area.purpose,
        why: area.why,
        goal: area.goal,
        workingGroup: selected.get(head.id) ?? null,
        activities: data.activities.filter((a) => a.focus_area_id === head.id).map((a) => presentActivity(a, today)),
      };
    }),
  };
}
