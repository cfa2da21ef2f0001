import type { Hearing } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils, canAnswer, canManage, notOnCouncil } from './council-access.js';
import { councilsOfUser, findHearing } from './council-repository.js';
import { visibleHearingCouncils } from './hearing-visibility.js';
import { presentHearing } from './present-council.js';

/** One hearing: the decision, the deadline, the response and the outcome, and what the reader may do with it. */
export async function getHearing(ctx: Ctx, hearingId: string): Promise<Hearing> {
  await authorizeCouncils(ctx, 'council.read', { resourceType: 'hearing', resourceId: hearingId });
  const row = await findHearing(ctx.trx, ctx.tenantId, hearingId);
  if (!row) throw new AppError('not_found');
  const today = copenhagenToday(ctx.now);
  const visible = await visibleHearingCouncils(ctx, today);
  if (visible !== null && !visible.includes(row.body_id)) throw notOnCouncil('council.read', hearingId, row.body_id, 'read');
  const sitsOnCouncil = (await councilsOfUser(ctx.trx, ctx.tenantId, ctx.actor.userId, today)).includes(row.body_id);
  return presentHearing(row, today, { manages: canManage(ctx), answers: canAnswer(ctx), sitsOnCouncil });
}
