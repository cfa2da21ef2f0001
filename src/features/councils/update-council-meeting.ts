import type { CouncilMeeting, MeetingPatch } from '../../contracts/councils.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils } from './council-access.js';
import { findCouncil, findMeeting, updateMeeting } from './council-repository.js';
import { presentMeeting } from './present-council.js';

/** Changes a meeting: only the fields sent — most often the minutes after it was held. */
export async function updateCouncilMeeting(ctx: Ctx, councilId: string, meetingId: string, patch: MeetingPatch): Promise<CouncilMeeting> {
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'council-meeting', resourceId: meetingId, details: { operation: 'update', councilId, fields: Object.keys(patch) } });
  const existing = (await findCouncil(ctx.trx, ctx.tenantId, councilId)) && (await findMeeting(ctx.trx, ctx.tenantId, councilId, meetingId));
  if (!existing) throw new AppError('not_found');
  await updateMeeting(ctx.trx, ctx.tenantId, meetingId, {
    heldOn: patch.heldOn ?? existing.held_on,
    title: patch.title ?? existing.title,
    agenda: patch.agenda ?? existing.agenda,
    minutes: patch.minutes ?? existing.minutes,
  });
  return presentMeeting((await findMeeting(ctx.trx, ctx.tenantId, councilId, meetingId))!);
}
