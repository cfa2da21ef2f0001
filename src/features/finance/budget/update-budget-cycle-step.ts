import type { CycleStep, UpdateCycleStepBody } from '../../../contracts/finance-budget.js';
import { isDateInYear } from '../../../domain/budget-forecast.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { authorizeBudget } from './budget-access.js';
import { budgetFieldError } from './budget-messages.js';
import { findCycleStep, listCycleSteps, updateCycleStep } from './budget-repository.js';

/**
 * Moves a step of the year wheel (and may rename it): the wheel is the municipality's data, not code (DOMAIN §5.7).
 * The date must lie within the wheel's year. A follow-up already taken keeps the as-of date it was taken with.
 */
export async function updateBudgetCycleStep(ctx: Ctx, key: { year: number; stepKey: string }, input: UpdateCycleStepBody): Promise<CycleStep> {
  const existing = await findCycleStep(ctx.trx, ctx.tenantId, key.year, key.stepKey);
  await authorizeBudget(ctx, 'finance.manage', {
    type: 'budget-cycle-step',
    id: `${key.year}/${key.stepKey}`,
    details: { operation: 'update', fromDate: existing?.on_date ?? null, toDate: input.onDate, ...(input.label !== undefined && { fromLabel: existing?.label ?? null, toLabel: input.label }) },
  });
  if (!existing) throw new AppError('not_found');
  if (!isDateInYear(input.onDate, key.year)) throw budgetFieldError(ctx.language, 'onDate', 'step.outside_year');
  await updateCycleStep(ctx.trx, { tenantId: ctx.tenantId, year: key.year, stepKey: key.stepKey }, { on_date: input.onDate, ...(input.label !== undefined && { label: input.label }) });
  const step = (await listCycleSteps(ctx.trx, ctx.tenantId, key.year)).find((s) => s.step_key === key.stepKey)!;
  return { stepKey: step.step_key, label: step.label, onDate: step.on_date, isFollowUp: step.is_follow_up, followUpTaken: step.is_follow_up && Boolean(step.follow_up_taken) };
}
