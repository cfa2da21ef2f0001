import type { CancelCompanionBody, CompanionRequest, OutcomeCompanionBody } from '../../contracts/companions.js';
import type { CompanionSide } from '../../domain/companion-state.js';
import type { Ctx } from '../../platform/context.js';
import { enqueueCompanionMessage } from './deliver-companion-messages.js';
import { forgetMatchesAfterCommit } from './match-cache.js';
import { prepareMove, saveMove } from './prepare-move.js';
import { presentCompanion } from './present-companion.js';

/** The side recorded as having cancelled: the volunteer, the coordinator, or the citizen's side (a relative or the team included). */
function cancellingSide(sides: ReadonlySet<CompanionSide>): 'citizen' | 'volunteer' | 'coordinator' {
  return sides.has('coordinator') ? 'coordinator' : sides.has('volunteer') ? 'volunteer' : 'citizen';
}

/**
 * Calls a trip off, recorded with who and why. The citizen and the volunteer (when there is one) are told by text
 * message or e-mail after the commit. Answers nothing: the volunteer, who may cancel too, must not get the citizen's
 * side's view back.
 */
export async function cancelCompanion(ctx: Ctx, requestId: string, input: CancelCompanionBody): Promise<void> {
  const { row, sides } = await prepareMove(ctx, requestId, 'cancel', input.version);
  await saveMove(ctx, row, { status: 'cancelled', cancelled_by: ctx.actor.userId, cancelled_by_role: cancellingSide(sides), cancel_reason: input.reason, closed_at: ctx.now });
  await enqueueCompanionMessage(ctx, { requestId, event: 'cancelled', to: 'citizen', volunteerUserId: row.volunteer_user_id });
  if (row.volunteer_user_id) await enqueueCompanionMessage(ctx, { requestId, event: 'cancelled', to: 'volunteer', volunteerUserId: row.volunteer_user_id });
  forgetMatchesAfterCommit(ctx);
}

/** The coordinator records, once the trip has begun, that it took place — or that it did not (a no-show), and what happened. */
export async function recordCompanionOutcome(ctx: Ctx, requestId: string, input: OutcomeCompanionBody): Promise<CompanionRequest> {
  const { row, sides } = await prepareMove(ctx, requestId, input.outcome, input.version);
  const missed = input.outcome === 'missed';
  const saved = await saveMove(ctx, row, {
    status: input.outcome,
    closed_at: ctx.now,
    ...(missed && { cancelled_by: ctx.actor.userId, cancelled_by_role: 'coordinator' as const, cancel_reason: input.reason?.trim() || null }),
  });
  // Continuity counts the trips that took place, so a match list may change.
  forgetMatchesAfterCommit(ctx);
  return presentCompanion(saved.row, saved.evaluations, sides, 'other', ctx.language, ctx.now);
}
