import type { Accompaniment, EvaluateCompanionBody } from '../../contracts/companions.js';
import { canLookBack, type CompanionSide } from '../../domain/companion-state.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCompanion } from './companion-access.js';
import { companionError } from './companion-messages.js';
import { findCompanionRequest, upsertEvaluation, type CompanionRow } from './companion-repository.js';
import { saveMove } from './prepare-move.js';
import { presentAccompaniment, started } from './present-companion.js';

/** The request and the actor's side, once the trip has begun and was not called off: hours and evaluations look back. */
async function lookBackOn(ctx: Ctx, requestId: string, operation: string): Promise<{ row: CompanionRow; sides: Set<CompanionSide> }> {
  const row = await findCompanionRequest(ctx.trx, ctx.tenantId, requestId);
  if (!row) throw new AppError('not_found');
  const { sides } = await authorizeCompanion(ctx, row, operation);
  if (sides.has('coordinator')) throw companionError('forbidden', ctx.language, 'status', 'status.not_yours');
  if (!canLookBack(row.status, started(row, ctx.now))) throw companionError('conflict', ctx.language, 'status', 'look_back.not_yet');
  return { row, sides };
}

/** The volunteer logs the time the trip took (a second entry replaces the first). */
export async function logHours(ctx: Ctx, requestId: string, minutes: number): Promise<Accompaniment> {
  const { row, sides } = await lookBackOn(ctx, requestId, 'log-hours');
  if (!sides.has('volunteer')) throw companionError('forbidden', ctx.language, 'status', 'status.not_yours');
  const saved = await saveMove(ctx, row, { minutes_logged: minutes });
  return presentAccompaniment(saved.row, saved.evaluations, ctx.actor.userId, ctx.language, ctx.now);
}

/**
 * Each side says how it went: the citizen's side on the smiley scale (the citizen, or someone on their side helping
 * them), the volunteer with a smiley and a comment. One evaluation per side; giving it again replaces it.
 */
export async function evaluateCompanion(ctx: Ctx, requestId: string, input: EvaluateCompanionBody): Promise<void> {
  const { sides } = await lookBackOn(ctx, requestId, 'evaluate');
  await upsertEvaluation(ctx.trx, {
    tenant_id: ctx.tenantId,
    request_id: requestId,
    by_side: sides.has('volunteer') ? 'volunteer' : 'citizen',
    smiley: input.smiley,
    comment: input.comment?.trim() || null,
    given_by: ctx.actor.userId,
    given_at: ctx.now,
  });
}
