import type { Comment, CreateCommentBody } from '../../contracts/plan.js';
import type { PlanPart } from '../../domain/plan-parts.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { PLAN_PURPOSE, partOfDomain } from './plan-access.js';
import { findDream, findGoal, findMeeting, findStep, insertComment } from './plan-repository.js';
import { presentComment } from './present-plan.js';
import { recordPlanChange } from './record-plan-change.js';

/** The consent part of the thing commented on, or null when it is not in this citizen's plan. */
async function partOfSubject(ctx: Ctx, citizenId: string, input: CreateCommentBody): Promise<PlanPart | null> {
  switch (input.subjectType) {
    case 'dream':
      return (await findDream(ctx.trx, ctx.tenantId, citizenId, input.subjectId)) ? 'dreams' : null;
    case 'meeting':
      return (await findMeeting(ctx.trx, ctx.tenantId, citizenId, input.subjectId)) ? 'meetings' : null;
    case 'goal': {
      const goal = await findGoal(ctx.trx, ctx.tenantId, citizenId, input.subjectId);
      return goal ? partOfDomain(goal.domain) : null;
    }
    case 'step': {
      const step = await findStep(ctx.trx, ctx.tenantId, citizenId, input.subjectId);
      return step ? partOfDomain(step.domain) : null;
    }
  }
}

/**
 * A comment on a dream, goal, step or meeting, by anyone who may comment on that part: the citizen, the team,
 * or a relative the citizen has given comment consent for the part. A comment is shown exactly where its subject is.
 */
export async function addComment(ctx: Ctx, citizenId: string, input: CreateCommentBody): Promise<Comment> {
  const part = await partOfSubject(ctx, citizenId, input);
  const commentId = newId();
  const access = await authorizeCitizen(ctx, {
    citizenId,
    action: 'plan.comment',
    part: part ?? 'any',
    purpose: PLAN_PURPOSE,
    resourceType: 'plan-comment',
    resourceId: commentId,
    details: { operation: 'create', subjectType: input.subjectType, subjectId: input.subjectId },
  });
  if (!part) throw new AppError('not_found');
  const row = await insertComment(ctx.trx, { tenantId: ctx.tenantId, commentId, citizenId, subjectType: input.subjectType, subjectId: input.subjectId, part, authorUserId: ctx.actor.userId, text: input.text, now: ctx.now });
  await recordPlanChange(ctx, { access, part, subjectType: 'comment', subjectId: commentId, operation: 'create', before: null, after: { subjectType: input.subjectType, subjectId: input.subjectId, text: input.text } });
  return presentComment({ ...row, author_name: ctx.actor.displayName });
}
