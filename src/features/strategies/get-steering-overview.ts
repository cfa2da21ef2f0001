import type { SteeringOverview } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { loadSteeringData } from './list-strategies.js';
import { presentStrategyList } from './present-strategies.js';
import { authorizeStrategy, mayManage } from './strategy-access.js';
import { staleness } from './strategy-rules.js';

/**
 * The leader's one page (issue 7): every strategy with its status at a glance, this year's and next year's selection,
 * and the open activities nobody has written a progress note about for 90 days, the longest silence first.
 */
export async function getSteeringOverview(ctx: Ctx): Promise<SteeringOverview> {
  await authorizeStrategy(ctx, 'strategy.read', { type: 'steering-overview' });
  const today = copenhagenToday(ctx.now);
  const year = Number(today.slice(0, 4));
  const data = await loadSteeringData(ctx, year);
  const areaById = new Map(data.focusAreas.map((f) => [f.focus_area_id, f]));
  const strategyById = new Map(data.strategies.map((s) => [s.strategy_id, s]));
  const staleActivities = data.activities
    .map((a) => {
      const lastNoteOn = (a.last_note_on as string | null) ?? null;
      const judged = staleness({ status: a.status, periodFrom: a.period_from, lastNoteOn, createdOn: a.created_at.toISOString().slice(0, 10) }, today);
      const area = areaById.get(a.focus_area_id)!;
      const strategy = strategyById.get(area.strategy_id)!;
      return {
        judged,
        entry: {
          id: a.activity_id,
          title: a.title,
          status: a.status,
          strategy: { id: strategy.strategy_id, name: strategy.name },
          focusArea: { id: area.focus_area_id, number: area.number, name: area.name },
          lastNoteOn,
          daysWithoutNote: judged.daysWithoutNote,
        },
      };
    })
    .filter((a) => a.judged.stale)
    .sort((a, b) => b.judged.daysWithoutNote - a.judged.daysWithoutNote || a.entry.title.localeCompare(b.entry.title, 'da'))
    .map((a) => a.entry);
  return { today, year, strategies: presentStrategyList(data), thisYear: data.thisYear, nextYear: data.nextYear, staleActivities, mayManage: mayManage(ctx) };
}
