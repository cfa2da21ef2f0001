import type { CreateStepBody, Step } from '../../contracts/plan.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessage } from '../../platform/i18n/server-messages.js';
import { isPublishedOffer } from '../offers/offer-repository.js';
import { newId } from '../../platform/ids.js';
import { authorizePlanWrite, changedFieldNames, partOfDomain } from './plan-access.js';
import { findGoal, insertStep } from './plan-repository.js';
import { presentStep, stepFields } from './present-plan.js';
import { recordPlanChange } from './record-plan-change.js';

/** A step towards a goal: what, who helps, by when, and the offer it is about. New steps go last. */
export async function createStep(ctx: Ctx, citizenId: string, goalId: string, input: CreateStepBody): Promise<Step> {
  const goal = await findGoal(ctx.trx, ctx.tenantId, citizenId, goalId);
  const part = goal ? partOfDomain(goal.domain) : null;
  const stepId = newId();
  const access = await authorizePlanWrite(ctx, { citizenId, part: part ?? 'any', resourceType: 'step', resourceId: stepId, operation: 'create', fields: changedFieldNames(input) });
  if (!goal || !part) throw new AppError('not_found');
  const offerId = input.offerId ?? null;
  if (offerId !== null && !(await isPublishedOffer(ctx.trx, ctx.tenantId, offerId))) {
    throw new AppError('validation_failed', undefined, [{ path: 'offerId', message: fieldMessage(ctx.language, 'offer.missing') }]);
  }
  const row = await insertStep(ctx.trx, { tenantId: ctx.tenantId, stepId, goalId, citizenId, text: input.text, whoHelps: input.whoHelps ?? null, dueDate: input.dueDate ?? null, pictogram: input.pictogram ?? null, offerId, now: ctx.now });
  await recordPlanChange(ctx, { access, part, subjectType: 'step', subjectId: stepId, operation: 'create', before: null, after: stepFields(row) });
  return presentStep(row);
}
