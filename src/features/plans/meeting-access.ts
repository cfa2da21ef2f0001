import { authorizeCitizen, type CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { PLAN_PURPOSE } from './plan-access.js';

/** Plan meetings are held by the team (meeting.manage); the citizen and consented relatives read them. */
export function authorizeMeetingManage(ctx: Ctx, request: { citizenId: string; meetingId: string; operation: 'create' | 'update'; fields: string[] }): Promise<CitizenAccess> {
  return authorizeCitizen(ctx, {
    citizenId: request.citizenId,
    action: 'meeting.manage',
    part: 'meetings',
    purpose: PLAN_PURPOSE,
    resourceType: 'plan-meeting',
    resourceId: request.meetingId,
    details: { operation: request.operation, fields: request.fields },
  });
}
