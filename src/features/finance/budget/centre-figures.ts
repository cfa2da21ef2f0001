import type { FollowUpLine } from '../../../contracts/finance-budget.js';
import { rollUpToCentres } from '../../../domain/centre-roll-up.js';
import { forecastOre } from '../../../domain/budget-forecast.js';
import type { Tx } from '../../../platform/db/tenant-transaction.js';
import { budgetsOfYear, committedCostByPayingUnit, orgNodes } from './budget-repository.js';

export interface Totals {
  budgetOre: number;
  committedOre: number;
  forecastOre: number;
  varianceOre: number;
}

export function totalsOf(lines: readonly Omit<FollowUpLine, 'unitId' | 'name'>[]): Totals {
  const sum = (pick: (l: Omit<FollowUpLine, 'unitId' | 'name'>) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return { budgetOre: sum((l) => l.budgetOre), committedOre: sum((l) => l.committedOre), forecastOre: sum((l) => l.forecastOre), varianceOre: sum((l) => l.varianceOre) };
}

/**
 * The figures of a follow-up as of a date, per centre: the budget, the committed cost of the granted services rolled up
 * from the paying units to their centres (domain/centre-roll-up.ts), the forecast (domain/budget-forecast.ts) and the
 * variance. A centre is listed when it has a budget for the year or services that cost in it; cost with no paying unit
 * belongs to no centre's budget and is left out.
 */
export async function centreFigures(trx: Tx, tenantId: string, year: number, asOf: string): Promise<FollowUpLine[]> {
  const units = await orgNodes(trx, tenantId);
  const budgets = await budgetsOfYear(trx, tenantId, year);
  const costs = await committedCostByPayingUnit(trx, tenantId, year, asOf);
  const { byCentre } = rollUpToCentres(units, costs);
  const budgetOf = new Map(budgets.map((b) => [b.unit_id, Number(b.budget_ore)]));
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const centreIds = new Set([...budgetOf.keys(), ...byCentre.keys()]);
  return [...centreIds]
    .map((unitId) => {
      const amounts = byCentre.get(unitId) ?? { committedOre: 0, newDecisionsOre: 0 };
      const budgetOre = budgetOf.get(unitId) ?? 0;
      const forecast = forecastOre({ year, asOf, committedOre: amounts.committedOre, newDecisionsOre: amounts.newDecisionsOre });
      return { unitId, name: nameOf.get(unitId) ?? '', budgetOre, committedOre: amounts.committedOre, forecastOre: forecast, varianceOre: budgetOre - forecast };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
