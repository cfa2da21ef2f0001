import type { Step, UpdateStepBody } from '../../contracts/plan.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePlanWrite, changedFieldNames, partOfDomain } from './plan-access.js';
import { findStep, listComments, updateStepIfVersion, type StepChanges } from './plan-repository.js';
import { presentStep, stepFields, groupComments } from './present-plan.js';
import { recordPlanChange, withoutUnchanged } from './record-plan-change.js';

/** Changes a step; the citizen marks their own steps done. Done records when and by whom; undoing clears it. */
export async function updateStep(ctx: Ctx, citizenId: string, stepId: string, input: UpdateStepBody): Promise<Step> {
  const { version, text, whoHelps, dueDate, pictogram, status } = input;
  const existing = await findStep(ctx.trx, ctx.tenantId, citizenId, stepId);
  const part = existing ? partOfDomain(existing.domain) : null;
  const access = await authorizePlanWrite(ctx, { citizenId, part: part ?? 'any', resourceType: 'step', resourceId: stepId, operation: 'update', fields: changedFieldNames(input) });
  if (!existing || !part) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');

  const statusChange: StepChanges =
    status === undefined || status === existing.status ? {} : status === 'done' ? { status, done_at: ctx.now, done_by: ctx.actor.userId } : { status, done_at: null, done_by: null };
  const changes: StepChanges = { ...withoutUnchanged(existing, { text, who_helps: whoHelps, due_date: dueDate, pictogram }), ...statusChange };
  const updated = Object.keys(changes).length === 0 ? existing : await updateStepIfVersion(ctx.trx, { tenantId: ctx.tenantId, stepId, version }, changes, ctx.now);
  if (!updated) throw new AppError('conflict', 'version.stale');
  await recordPlanChange(ctx, { access, part, subjectType: 'step', subjectId: stepId, operation: 'update', before: stepFields(existing), after: stepFields(updated) });
  const comments = groupComments(await listComments(ctx.trx, ctx.tenantId, citizenId, [part]));
  return presentStep(updated, comments);
}
