import type { ChangeReferralBody, Referral } from '../../contracts/referrals.js';
import { decideReferralTransition, finalReferralStates, type ReferralState } from '../../domain/referral-state.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { enqueue } from '../../platform/outbox/enqueue.js';
import { followReferralState } from '../enrolments/referral-enrolment.js';
import { REFERRAL_CHANGED } from './deliver-referral-notices.js';
import { referralView } from './get-referral.js';
import { authorizeReferral } from './referral-access.js';
import { referralFieldError } from './referral-messages.js';
import { findReferral, insertReferralEvents, updateReferralStateIfVersion, withdrawReferralConsents } from './referral-repository.js';

/**
 * Moves a referral on (domain/referral-state.ts): the receiving unit's staff answer and report how it went; the
 * sender and the citizen may withdraw it before it is answered. An illegal move is 409, a move that is not the
 * actor's is 403, a missing reason 400, a stale version 409 — and nothing changes. Each step goes into the history;
 * when the referral closes, the sharing given for it ends; an outbox message tells the sender and the citizen.
 */
export async function changeReferralState(ctx: Ctx, referralId: string, input: ChangeReferralBody): Promise<Referral> {
  const row = await findReferral(ctx.trx, ctx.tenantId, referralId);
  if (!row) throw new AppError('not_found');
  const { sides } = await authorizeReferral(ctx, row, 'change', { from: row.state, to: input.state });
  if (input.version !== row.version) throw new AppError('conflict', 'version.stale');
  const reason = input.reason?.trim() || null;
  const decision = decideReferralTransition(row.state, input.state, sides, reason);
  if (!decision.allowed) {
    if (decision.reason === 'not-a-move') throw new AppError('conflict', 'referral.transition');
    if (decision.reason === 'not-yours') throw new AppError('forbidden', 'referral.not_yours');
    throw referralFieldError('validation_failed', ctx.language, 'reason', 'reason.required');
  }

  const to = input.state;
  const answered = to === 'accepted' || to === 'declined';
  const updated = await updateReferralStateIfVersion(
    ctx.trx,
    { tenantId: ctx.tenantId, referralId, version: input.version },
    { state: to, ...(decision.transition.reasonRequired && { reason }), ...(answered && { answered_at: ctx.now }) },
    ctx.now,
  );
  if (!updated) throw new AppError('conflict', 'version.stale');

  let from: ReferralState = row.state;
  const steps = decision.steps.map((step) => {
    const event = { from, to: step, reason: step === to && decision.transition.reasonRequired ? reason : null };
    from = step;
    return event;
  });
  await insertReferralEvents(ctx.trx, ctx.tenantId, referralId, steps, ctx.actor.userId, ctx.now);
  // The citizen's time in the offer (target-group overview): 'started' opens an enrolment, 'completed'/'stopped' ends it.
  await followReferralState(ctx, row, to);
  if (finalReferralStates.has(to)) await withdrawReferralConsents(ctx.trx, ctx.tenantId, row.citizen_id, referralId, ctx.actor.userId, ctx.now);
  await enqueue(ctx, REFERRAL_CHANGED, { referralId, fromState: row.state, toState: to, actorUserId: ctx.actor.userId });

  const after = { ...row, state: to, version: updated.version, updated_at: ctx.now, ...(decision.transition.reasonRequired && { reason }), ...(answered && { answered_at: ctx.now }) };
  return referralView(ctx, after, sides);
}
