import type { MeetingList } from '../../contracts/meetings.js';
import type { Ctx } from '../../platform/context.js';
import { authorizePlanRead } from './plan-access.js';
import { listComments, listMeetings } from './plan-repository.js';
import { groupComments, presentMeeting } from './present-plan.js';

/** The citizen's plan meetings, newest first: for the citizen, the team, and those the citizen shares them with. */
export async function listPlanMeetings(ctx: Ctx, citizenId: string): Promise<MeetingList> {
  await authorizePlanRead(ctx, citizenId, 'plan-meeting', 'meetings');
  const rows = await listMeetings(ctx.trx, ctx.tenantId, citizenId);
  const comments = groupComments(await listComments(ctx.trx, ctx.tenantId, citizenId, ['meetings']));
  return { items: rows.map((row) => presentMeeting(row, comments)) };
}
