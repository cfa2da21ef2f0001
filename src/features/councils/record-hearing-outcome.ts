import type { Hearing, OutcomeBody } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { moveHearing } from '../../domain/hearing-state.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils, canAnswer } from './council-access.js';
import { councilFieldError, dateText } from './council-messages.js';
import { councilsOfUser, findHearing, saveOutcome } from './council-repository.js';
import { presentHearing } from './present-council.js';

/**
 * The administration records what the decision-maker did with the response, which closes the hearing. Without a
 * response it may only do so once the deadline has passed (the council chose not to answer).
 */
export async function recordHearingOutcome(ctx: Ctx, hearingId: string, input: OutcomeBody): Promise<Hearing> {
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'hearing', resourceId: hearingId, details: { operation: 'outcome' } });
  const row = await findHearing(ctx.trx, ctx.tenantId, hearingId, { lock: true });
  if (!row) throw new AppError('not_found');
  const today = copenhagenToday(ctx.now);
  const move = moveHearing(row.status, 'outcome', row.respond_by, today);
  if (!move.allowed) {
    if (move.reason === 'closed') throw councilFieldError('conflict', ctx.language, 'outcome', 'hearing.closed_outcome');
    throw councilFieldError('conflict', ctx.language, 'outcome', 'hearing.not_answered', { respondBy: dateText(ctx.language, row.respond_by) });
  }
  if (!(await saveOutcome(ctx.trx, ctx.tenantId, hearingId, { outcome: input.outcome, version: input.version }))) throw new AppError('conflict', 'version.stale');
  const sitsOnCouncil = (await councilsOfUser(ctx.trx, ctx.tenantId, ctx.actor.userId, today)).includes(row.body_id);
  return presentHearing((await findHearing(ctx.trx, ctx.tenantId, hearingId))!, today, { manages: true, answers: canAnswer(ctx), sitsOnCouncil });
}
