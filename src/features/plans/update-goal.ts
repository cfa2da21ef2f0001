import type { Goal, UpdateGoalBody } from '../../contracts/plan.js';
import { canChangeGoalStatus } from '../../domain/goal-progress.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { errorDetail } from '../../platform/i18n/server-messages.js';
import { authorizePlanWrite, changedFieldNames, partOfDomain } from './plan-access.js';
import { findGoal, listComments, listStepsOfGoal, updateGoalIfVersion, type GoalChanges } from './plan-repository.js';
import { goalFields, groupComments, presentGoal } from './present-plan.js';
import { recordPlanChange, withoutUnchanged } from './record-plan-change.js';

/**
 * Changes a goal. The citizen's rating is the citizen's own and the FFB function level is staff's; a status
 * change must be one that makes sense (domain/goal-progress). A save on an older version changes nothing (409).
 */
export async function updateGoal(ctx: Ctx, citizenId: string, goalId: string, input: UpdateGoalBody): Promise<Goal> {
  const { version, title, description, goalType, status, citizenRating, workerLevel, reviewDate } = input;
  const existing = await findGoal(ctx.trx, ctx.tenantId, citizenId, goalId);
  const part = existing ? partOfDomain(existing.domain) : null;
  const access = await authorizePlanWrite(ctx, { citizenId, part: part ?? 'any', resourceType: 'goal', resourceId: goalId, operation: 'update', fields: changedFieldNames(input) });
  if (!existing || !part) throw new AppError('not_found');

  if (citizenRating !== undefined && access.relation !== 'self') throw new AppError('forbidden', 'goal.rating_only_citizen');
  if (workerLevel !== undefined && (access.relation !== 'team' || ctx.actor.kind !== 'staff')) throw new AppError('forbidden', 'goal.level_only_staff');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  if (status !== undefined && !canChangeGoalStatus(existing.status, status)) {
    throw new AppError('validation_failed', 'goal.status_change', [{ path: 'status', message: errorDetail(ctx.language, 'goal.status_change') ?? 'goal.status_change' }]);
  }

  const changes: GoalChanges = withoutUnchanged(existing, { title, description, goal_type: goalType, status, citizen_rating: citizenRating, worker_level: workerLevel, review_date: reviewDate });
  if (changes.citizen_rating !== undefined) changes.citizen_rated_at = ctx.now;
  if (changes.worker_level !== undefined) changes.worker_assessed_at = ctx.now;
  // Nothing to save: the version stays, so nobody else's next save is refused for nothing.
  const updated = Object.keys(changes).length === 0 ? existing : await updateGoalIfVersion(ctx.trx, { tenantId: ctx.tenantId, goalId, version }, changes, ctx.now);
  if (!updated) throw new AppError('conflict', 'version.stale');
  await recordPlanChange(ctx, { access, part, subjectType: 'goal', subjectId: goalId, operation: 'update', before: goalFields(existing), after: goalFields(updated) });

  const steps = await listStepsOfGoal(ctx.trx, ctx.tenantId, goalId);
  const comments = groupComments(await listComments(ctx.trx, ctx.tenantId, citizenId, [part]));
  return presentGoal(updated, steps, comments);
}
