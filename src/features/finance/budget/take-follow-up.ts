import type { FollowUp, TakeFollowUpBody } from '../../../contracts/finance-budget.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { authorizeBudget } from './budget-access.js';
import { budgetFieldError } from './budget-messages.js';
import { findCycleStep, insertFollowUpIfFree, insertFollowUpLines, markFollowUpReplaced } from './budget-repository.js';
import { centreFigures } from './centre-figures.js';
import { loadFollowUps } from './present-follow-ups.js';

/**
 * Takes the follow-up of a step of the year wheel (per 30/3, 31/5, 30/9): saves, per centre, the budget, the committed
 * cost and the forecast as of the step's date. A snapshot is history, so a step already taken is refused (409) unless
 * finance asks to replace it; the replaced snapshot stays, marked as replaced.
 */
export async function takeFollowUp(ctx: Ctx, input: TakeFollowUpBody): Promise<FollowUp> {
  const step = await findCycleStep(ctx.trx, ctx.tenantId, input.year, input.stepKey);
  const followUpId = newId();
  await authorizeBudget(ctx, 'finance.manage', {
    type: 'budget-follow-up',
    id: followUpId,
    details: { operation: input.replace ? 'replace' : 'take', year: input.year, stepKey: input.stepKey, asOf: step?.on_date ?? null },
  });
  if (!step) throw budgetFieldError(ctx.language, 'stepKey', 'step.unknown');
  if (!step.is_follow_up) throw budgetFieldError(ctx.language, 'stepKey', 'step.not_follow_up');
  const key = { tenantId: ctx.tenantId, year: input.year, stepKey: input.stepKey };
  if (input.replace) await markFollowUpReplaced(ctx.trx, key, { followUpId, at: ctx.now });
  const saved = await insertFollowUpIfFree(ctx.trx, { ...key, followUpId, asOf: step.on_date, takenAt: ctx.now, takenBy: ctx.actor.userId });
  if (!saved) throw new AppError('conflict', 'budget.follow_up_taken');
  const lines = await centreFigures(ctx.trx, ctx.tenantId, input.year, step.on_date);
  await insertFollowUpLines(ctx.trx, ctx.tenantId, followUpId, lines);
  return (await loadFollowUps(ctx.trx, ctx.tenantId, input.year, followUpId))[0]!;
}
