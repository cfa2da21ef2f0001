import type { CentreBudgets } from '../../../contracts/finance-budget.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeBudget } from './budget-access.js';
import { budgetsOfYear, orgNodes } from './budget-repository.js';

/** The centres of the social area (and any other unit with a budget) and their budgets for the year. */
export async function listCentreBudgets(ctx: Ctx, year: number): Promise<CentreBudgets> {
  await authorizeBudget(ctx, 'finance.read', { type: 'centre-budget', id: String(year) });
  const units = await orgNodes(ctx.trx, ctx.tenantId);
  const budgets = new Map((await budgetsOfYear(ctx.trx, ctx.tenantId, year)).map((b) => [b.unit_id, b]));
  const centres = units
    .filter((u) => budgets.has(u.id) || (u.kind === 'centre' && u.area === 'social'))
    .map((u) => {
      const budget = budgets.get(u.id);
      return { unitId: u.id, name: u.name, budgetOre: budget ? Number(budget.budget_ore) : null, version: budget?.version ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { year, centres, totalOre: centres.reduce((sum, c) => sum + (c.budgetOre ?? 0), 0) };
}
