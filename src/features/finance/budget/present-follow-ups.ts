import type { FollowUp } from '../../../contracts/finance-budget.js';
import type { Tx } from '../../../platform/db/tenant-transaction.js';
import { linesOfFollowUps, listFollowUps, orgNodes } from './budget-repository.js';
import { totalsOf } from './centre-figures.js';

/** The saved follow-ups of a year (or the one with `onlyId`), each with its lines by centre name and their totals. */
export async function loadFollowUps(trx: Tx, tenantId: string, year: number, onlyId?: string): Promise<FollowUp[]> {
  const heads = (await listFollowUps(trx, tenantId, year)).filter((f) => onlyId === undefined || f.follow_up_id === onlyId);
  const lines = await linesOfFollowUps(trx, tenantId, heads.map((f) => f.follow_up_id));
  const nameOf = new Map((await orgNodes(trx, tenantId)).map((u) => [u.id, u.name]));
  return heads.map((head) => {
    const own = lines
      .filter((l) => l.follow_up_id === head.follow_up_id)
      .map((l) => {
        const budgetOre = Number(l.budget_ore);
        const forecastOre = Number(l.forecast_ore);
        return { unitId: l.unit_id, name: nameOf.get(l.unit_id) ?? '', budgetOre, committedOre: Number(l.committed_ore), forecastOre, varianceOre: budgetOre - forecastOre };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
    return {
      id: head.follow_up_id,
      year: head.year,
      stepKey: head.step_key,
      label: head.label ?? head.step_key,
      asOf: head.as_of,
      takenAt: new Date(head.taken_at).toISOString(),
      takenBy: head.display_name,
      replacedAt: head.replaced_at ? new Date(head.replaced_at).toISOString() : null,
      lines: own,
      totals: totalsOf(own),
    };
  });
}
