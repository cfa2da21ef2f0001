import type { CouncilMeeting, MeetingBody } from '../../contracts/councils.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizeCouncils } from './council-access.js';
import { findCouncil, findMeeting, insertMeeting } from './council-repository.js';
import { presentMeeting } from './present-council.js';

/** Plans a meeting of a council — most often the yearly dialogue meeting with the political committee — or records one held. */
export async function addCouncilMeeting(ctx: Ctx, councilId: string, input: MeetingBody): Promise<CouncilMeeting> {
  const meetingId = newId();
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'council-meeting', resourceId: meetingId, details: { operation: 'create', councilId, kind: input.kind } });
  if (!(await findCouncil(ctx.trx, ctx.tenantId, councilId))) throw new AppError('not_found');
  await insertMeeting(ctx.trx, ctx.tenantId, { meetingId, bodyId: councilId, ...input, now: ctx.now });
  return presentMeeting((await findMeeting(ctx.trx, ctx.tenantId, councilId, meetingId))!);
}
