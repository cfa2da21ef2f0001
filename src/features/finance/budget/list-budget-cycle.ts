import type { BudgetCycle } from '../../../contracts/finance-budget.js';
import type { Ctx } from '../../../platform/context.js';
import { authorizeBudget } from './budget-access.js';
import { listCycleSteps } from './budget-repository.js';

/** The economic year wheel of a year: its dated steps in order, and which follow-ups have been taken. */
export async function listBudgetCycle(ctx: Ctx, year: number): Promise<BudgetCycle> {
  await authorizeBudget(ctx, 'finance.read', { type: 'budget-cycle', id: String(year) });
  const steps = await listCycleSteps(ctx.trx, ctx.tenantId, year);
  return {
    year,
    steps: steps.map((s) => ({ stepKey: s.step_key, label: s.label, onDate: s.on_date, isFollowUp: s.is_follow_up, followUpTaken: s.is_follow_up && Boolean(s.follow_up_taken) })),
  };
}
