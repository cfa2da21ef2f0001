import type { EconomicInitiative, UpdateInitiativeBody } from '../../../contracts/finance-budget.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { authorizeBudget } from './budget-access.js';
import { findInitiative, updateInitiativeIfVersion } from './economic-plan-repository.js';
import { presentInitiative } from './present-initiative.js';

/** Changes an initiative's status or expected effect, on the version read (409 when someone changed it meanwhile). */
export async function updateEconomicInitiative(ctx: Ctx, initiativeId: string, input: UpdateInitiativeBody): Promise<EconomicInitiative> {
  const existing = await findInitiative(ctx.trx, ctx.tenantId, initiativeId);
  const changes = {
    ...(input.status !== undefined && { status: { from: existing?.status ?? null, to: input.status } }),
    ...(input.expectedEffectOre !== undefined && { expectedEffectOre: { from: existing ? Number(existing.expected_effect_ore) : null, to: input.expectedEffectOre } }),
  };
  await authorizeBudget(ctx, 'finance.manage', { type: 'economic-initiative', id: initiativeId, details: { operation: 'update', ...changes } });
  if (!existing) throw new AppError('not_found');
  if (existing.version !== input.version) throw new AppError('conflict', 'version.stale');
  const values = { ...(input.status !== undefined && { status: input.status }), ...(input.expectedEffectOre !== undefined && { expected_effect_ore: input.expectedEffectOre }) };
  if (Object.keys(values).length > 0) {
    const saved = await updateInitiativeIfVersion(ctx.trx, { tenantId: ctx.tenantId, initiativeId, version: input.version }, values, ctx.now);
    if (!saved) throw new AppError('conflict', 'version.stale');
  }
  return presentInitiative((await findInitiative(ctx.trx, ctx.tenantId, initiativeId))!);
}
