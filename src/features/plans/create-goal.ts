import type { CreateGoalBody, Goal } from '../../contracts/plan.js';
import { domainPart } from '../../domain/plan-parts.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { authorizePlanWrite, changedFieldNames } from './plan-access.js';
import { insertGoal } from './plan-repository.js';
import { goalFields, presentGoal } from './present-plan.js';
import { recordPlanChange } from './record-plan-change.js';

/** A goal in one life domain, in the citizen's words, with its FFB goal type. The citizen may add one too. */
export async function createGoal(ctx: Ctx, citizenId: string, input: CreateGoalBody): Promise<Goal> {
  const goalId = newId();
  const part = domainPart(input.domain);
  const access = await authorizePlanWrite(ctx, { citizenId, part, resourceType: 'goal', resourceId: goalId, operation: 'create', fields: changedFieldNames(input) });
  const row = await insertGoal(ctx.trx, {
    tenantId: ctx.tenantId,
    goalId,
    citizenId,
    domain: input.domain,
    title: input.title,
    description: input.description ?? null,
    goalType: input.goalType,
    reviewDate: input.reviewDate ?? null,
    track: input.track ?? 'adult',
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  await recordPlanChange(ctx, { access, part, subjectType: 'goal', subjectId: goalId, operation: 'create', before: null, after: goalFields(row) });
  return presentGoal(row, []);
}
