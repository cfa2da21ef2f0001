import type { Accompaniment, AnswerCompanionBody, AssignCompanionBody, CompanionRequest } from '../../contracts/companions.js';
import { decideCompanionMove } from '../../domain/companion-state.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { COMPANION_PURPOSE } from './companion-access.js';
import { findCompanionRequest, type CompanionRow } from './companion-repository.js';
import { enqueueCompanionMessage } from './deliver-companion-messages.js';
import { forgetMatchesAfterCommit } from './match-cache.js';
import { moveError, prepareMove, saveMove } from './prepare-move.js';
import { presentAccompaniment, presentCompanion, started } from './present-companion.js';
import { volunteerFitError } from './volunteer-fit.js';

const DAY_MS = 86_400_000;

/**
 * The coordinator gives an open request to a volunteer who can go (volunteer-fit.ts: qualified, available, not busy,
 * near enough — refused in words otherwise, nothing stored). The volunteer is asked by e-mail after the commit.
 */
export async function assignCompanion(ctx: Ctx, requestId: string, input: AssignCompanionBody): Promise<CompanionRequest> {
  const { row, sides } = await prepareMove(ctx, requestId, 'assign', input.version);
  const unfit = await volunteerFitError(ctx, row, input.volunteerUserId);
  if (unfit) throw unfit;
  const saved = await saveMove(ctx, row, { status: 'assigned', volunteer_user_id: input.volunteerUserId, assigned_by: ctx.actor.userId, assigned_at: ctx.now });
  await enqueueCompanionMessage(ctx, { requestId, event: 'assigned', to: 'volunteer', volunteerUserId: input.volunteerUserId });
  forgetMatchesAfterCommit(ctx);
  return presentCompanion(saved.row, saved.evaluations, sides, 'other', ctx.language, ctx.now);
}

/**
 * A volunteer takes an open request themself — choosing it is saying yes — with the same checks as an assignment.
 * A request that is not open is not shown to a volunteer it does not belong to, so it answers 404 to them.
 */
export async function takeCompanion(ctx: Ctx, requestId: string, version: number): Promise<Accompaniment> {
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row || (row.status !== 'open' && row.volunteer_user_id !== ctx.actor.userId)) throw new AppError('not_found');
  await authorize(ctx, { action: 'companion.accompany', resourceType: 'companion-request', resourceId: requestId, citizenId: row.citizen_id, purpose: COMPANION_PURPOSE, details: { operation: 'take' } });
  if (version !== row.version) throw new AppError('conflict', 'version.stale');
  const decision = decideCompanionMove(row.status, 'take', new Set(['volunteer']), started(row, ctx.now));
  if (!decision.allowed) throw moveError(ctx, row.status, decision.reason);
  const unfit = await volunteerFitError(ctx, row, ctx.actor.userId);
  if (unfit) throw unfit;
  const saved = await saveMove(ctx, row, { status: 'accepted', volunteer_user_id: ctx.actor.userId, assigned_by: ctx.actor.userId, assigned_at: ctx.now, accepted_at: ctx.now });
  await confirmAndRemind(ctx, saved.row);
  forgetMatchesAfterCommit(ctx);
  return presentAccompaniment(saved.row, saved.evaluations, ctx.actor.userId, ctx.language, ctx.now);
}

/** The assigned volunteer says yes (the citizen hears who is coming) or no (the request is open again). */
export async function answerCompanion(ctx: Ctx, requestId: string, input: AnswerCompanionBody): Promise<Accompaniment> {
  const { row } = await prepareMove(ctx, requestId, input.accept ? 'accept' : 'decline', input.version);
  const saved = input.accept
    ? await saveMove(ctx, row, { status: 'accepted', accepted_at: ctx.now })
    : await saveMove(ctx, row, { status: 'open', volunteer_user_id: null, assigned_by: null, assigned_at: null });
  if (input.accept) await confirmAndRemind(ctx, saved.row);
  forgetMatchesAfterCommit(ctx);
  return presentAccompaniment(saved.row, saved.evaluations, ctx.actor.userId, ctx.language, ctx.now);
}

/**
 * The citizen is told who is coming now; both get a reminder a day before, written now with that time as when it is
 * due (the handler skips it if the trip was cancelled or changed hands meanwhile). No reminder when the trip is
 * less than a day away: the confirmation has just said it.
 */
async function confirmAndRemind(ctx: Ctx, row: CompanionRow): Promise<void> {
  const volunteerUserId = row.volunteer_user_id;
  await enqueueCompanionMessage(ctx, { requestId: row.request_id, event: 'accepted', to: 'citizen', volunteerUserId });
  const remindAt = new Date(row.starts_at.getTime() - DAY_MS);
  if (remindAt.getTime() <= ctx.now.getTime()) return;
  await enqueueCompanionMessage(ctx, { requestId: row.request_id, event: 'reminder', to: 'citizen', volunteerUserId }, remindAt);
  await enqueueCompanionMessage(ctx, { requestId: row.request_id, event: 'reminder', to: 'volunteer', volunteerUserId }, remindAt);
}
