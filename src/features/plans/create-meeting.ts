import type { CreateMeetingBody } from '../../contracts/meetings.js';
import type { Meeting } from '../../contracts/plan.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { changedFieldNames } from './plan-access.js';
import { authorizeMeetingManage } from './meeting-access.js';
import { findCitizenName, insertMeeting } from './plan-repository.js';
import { meetingFields, presentMeeting } from './present-plan.js';
import { recordPlanChange } from './record-plan-change.js';

/** A "borgerplansmøde": meet with the citizen, not about them — the citizen is always among the participants. */
export async function createMeeting(ctx: Ctx, citizenId: string, input: CreateMeetingBody): Promise<Meeting> {
  const meetingId = newId();
  const access = await authorizeMeetingManage(ctx, { citizenId, meetingId, operation: 'create', fields: changedFieldNames(input) });
  const citizen = await findCitizenName(ctx.trx, ctx.tenantId, citizenId);
  if (!citizen) throw new AppError('not_found');
  const participants = input.participants.some((p) => p.role === 'citizen') ? input.participants : [{ name: `${citizen.first_name} ${citizen.last_name}`, role: 'citizen' }, ...input.participants];
  const row = await insertMeeting(ctx.trx, { tenantId: ctx.tenantId, meetingId, citizenId, startsAt: new Date(input.startsAt), location: input.location ?? null, participants, createdBy: ctx.actor.userId, now: ctx.now });
  await recordPlanChange(ctx, { access, part: 'meetings', subjectType: 'meeting', subjectId: meetingId, operation: 'create', before: null, after: meetingFields(row) });
  return presentMeeting(row);
}
