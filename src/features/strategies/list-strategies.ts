import type { StrategyList } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { presentSelections, presentStrategyList, type SteeringData } from './present-strategies.js';
import { authorizeStrategy } from './strategy-access.js';
import { listActivityRows, listFocusAreaRows, listSelectionRows, listStrategyRows } from './strategy-repository.js';

/** Everything the list and the overview are made of, with the current selection of `year`. */
export async function loadSteeringData(ctx: Ctx, year: number): Promise<SteeringData & { nextYear: ReturnType<typeof presentSelections>[number] | null }> {
  const strategies = await listStrategyRows(ctx.trx, ctx.tenantId);
  const focusAreas = await listFocusAreaRows(ctx.trx, ctx.tenantId);
  const activities = await listActivityRows(ctx.trx, ctx.tenantId);
  const selections = presentSelections(await listSelectionRows(ctx.trx, ctx.tenantId)).filter((s) => s.current);
  return { strategies, focusAreas, activities, thisYear: selections.find((s) => s.year === year) ?? null, nextYear: selections.find((s) => s.year === year + 1) ?? null };
}

/** The policy, plans and strategies with their status at a glance and this year's selected focus areas. */
export async function listStrategies(ctx: Ctx): Promise<StrategyList> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'strategy' });
  const year = Number(copenhagenToday(ctx.now).slice(0, 4));
  return { year, strategies: presentStrategyList(await loadSteeringData(ctx, year)) };
}
