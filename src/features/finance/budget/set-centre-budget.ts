import type { CentreBudget, SetCentreBudgetBody } from '../../../contracts/finance-budget.js';
import { centreOf } from '../../../domain/centre-roll-up.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { authorizeBudget } from './budget-access.js';
import { findBudget, insertBudgetIfMissing, orgNodes, updateBudgetIfVersion } from './budget-repository.js';

/**
 * Sets a centre's budget for a year. A budget is held by a centre, the unit the follow-up rolls costs up to: another
 * unit answers 404. The change is made on the version read (409 when someone changed it meanwhile); `version: null`
 * sets a budget where none is set.
 */
export async function setCentreBudget(ctx: Ctx, key: { year: number; unitId: string }, input: SetCentreBudgetBody): Promise<CentreBudget> {
  const existing = await findBudget(ctx.trx, ctx.tenantId, key.year, key.unitId);
  await authorizeBudget(ctx, 'finance.manage', {
    type: 'centre-budget',
    id: `${key.year}/${key.unitId}`,
    details: { operation: existing ? 'update' : 'create', fromOre: existing ? Number(existing.budget_ore) : null, toOre: input.budgetOre },
  });
  const units = await orgNodes(ctx.trx, ctx.tenantId);
  const unit = units.find((u) => u.id === key.unitId);
  if (!unit || centreOf(units, unit.id) !== unit.id) throw new AppError('not_found');
  const saved =
    input.version === null
      ? await insertBudgetIfMissing(ctx.trx, { tenantId: ctx.tenantId, year: key.year, unitId: key.unitId, budgetOre: input.budgetOre }, ctx.now)
      : await updateBudgetIfVersion(ctx.trx, { tenantId: ctx.tenantId, year: key.year, unitId: key.unitId, budgetOre: input.budgetOre, version: input.version }, ctx.now);
  if (!saved) throw new AppError('conflict', 'version.stale');
  const budget = (await findBudget(ctx.trx, ctx.tenantId, key.year, key.unitId))!;
  return { unitId: unit.id, name: unit.name, budgetOre: Number(budget.budget_ore), version: budget.version };
}
