import type { CreateHearingBody, Hearing } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizeCouncils, canAnswer, canManage } from './council-access.js';
import { councilFieldError } from './council-messages.js';
import { councilsOfUser, findCouncil, findHearing, insertHearing, strategyExists } from './council-repository.js';
import { presentHearing } from './present-council.js';

/** The administration sends a decision to a council for consultation, with the day the response is due. */
export async function sendHearing(ctx: Ctx, councilId: string, input: CreateHearingBody): Promise<Hearing> {
  const hearingId = newId();
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'hearing', resourceId: hearingId, details: { operation: 'create', councilId } });
  if (!(await findCouncil(ctx.trx, ctx.tenantId, councilId))) throw new AppError('not_found');
  const today = copenhagenToday(ctx.now);
  if (input.sentOn > today) throw councilFieldError('validation_failed', ctx.language, 'sentOn', 'hearing.sent_in_future');
  if (input.respondBy < input.sentOn) throw councilFieldError('validation_failed', ctx.language, 'respondBy', 'hearing.respond_by_before_sent');
  if (input.strategyId !== null && !(await strategyExists(ctx.trx, ctx.tenantId, input.strategyId))) throw councilFieldError('validation_failed', ctx.language, 'strategyId', 'hearing.strategy_unknown');
  await insertHearing(ctx.trx, ctx.tenantId, { hearingId, bodyId: councilId, ...input, createdBy: ctx.actor.userId, now: ctx.now });
  const row = (await findHearing(ctx.trx, ctx.tenantId, hearingId))!;
  const sitsOnCouncil = (await councilsOfUser(ctx.trx, ctx.tenantId, ctx.actor.userId, today)).includes(councilId);
  return presentHearing(row, today, { manages: canManage(ctx), answers: canAnswer(ctx), sitsOnCouncil });
}
