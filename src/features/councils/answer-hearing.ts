import type { Hearing, ResponseBody } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { moveHearing } from '../../domain/hearing-state.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils, canManage, notOnCouncil } from './council-access.js';
import { councilFieldError } from './council-messages.js';
import { councilsOfUser, findHearing, saveResponse } from './council-repository.js';
import { presentHearing } from './present-council.js';

/**
 * A member of the council sends the council's response (høringssvar), or corrects it until the outcome is recorded.
 * It needs hearing.answer (403 without it) and a seat on that council through the member's login (404 without it, as
 * if the hearing did not exist). A closed hearing refuses with 409 and says why; so does a stale version.
 */
export async function answerHearing(ctx: Ctx, hearingId: string, input: ResponseBody): Promise<Hearing> {
  await authorizeCouncils(ctx, 'hearing.answer', { resourceType: 'hearing', resourceId: hearingId, details: { operation: 'answer' } });
  // Locked, so two members answering at once are judged one after the other.
  const row = await findHearing(ctx.trx, ctx.tenantId, hearingId, { lock: true });
  if (!row) throw new AppError('not_found');
  const today = copenhagenToday(ctx.now);
  if (!(await councilsOfUser(ctx.trx, ctx.tenantId, ctx.actor.userId, today)).includes(row.body_id)) throw notOnCouncil('hearing.answer', hearingId, row.body_id, 'answer');
  const move = moveHearing(row.status, 'answer', row.respond_by, today);
  if (!move.allowed) throw councilFieldError('conflict', ctx.language, 'response', 'hearing.closed');
  if (!(await saveResponse(ctx.trx, ctx.tenantId, hearingId, { response: input.response, userId: ctx.actor.userId, now: ctx.now, version: input.version }))) {
    throw new AppError('conflict', 'version.stale');
  }
  return presentHearing((await findHearing(ctx.trx, ctx.tenantId, hearingId))!, today, { manages: canManage(ctx), answers: true, sitsOnCouncil: true });
}
