import type { CouncilDetail } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { councilMemberRoles } from '../../domain/council-composition.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils, canManage } from './council-access.js';
import { councilsOfUser, findCouncil, linkableUsers, listHearingRows, meetingsOf, membersOf } from './council-repository.js';
import { visibleHearingCouncils } from './hearing-visibility.js';
import { presentCouncilSummary, presentHearingSummary, presentMeeting, presentMember } from './present-council.js';

/** One council: members by role (sitting first), meetings newest first, and the hearings the reader may see. */
export async function getCouncil(ctx: Ctx, councilId: string): Promise<CouncilDetail> {
  await authorizeCouncils(ctx, 'council.read', { resourceType: 'council', resourceId: councilId });
  const council = await findCouncil(ctx.trx, ctx.tenantId, councilId);
  if (!council) throw new AppError('not_found');
  const today = copenhagenToday(ctx.now);
  const members = await membersOf(ctx.trx, ctx.tenantId, [councilId]);
  const meetings = await meetingsOf(ctx.trx, ctx.tenantId, [councilId]);
  const visible = await visibleHearingCouncils(ctx, today);
  const hearings = visible === null || visible.includes(councilId) ? await listHearingRows(ctx.trx, ctx.tenantId, { bodyIds: [councilId] }) : [];
  const manages = canManage(ctx);
  const roleOrder = (role: string) => councilMemberRoles.indexOf(role as (typeof councilMemberRoles)[number]);
  const presented = members
    .map((m) => presentMember(m, today))
    .sort((a, b) => Number(b.sitting) - Number(a.sitting) || roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name, 'da'));
  return {
    ...presentCouncilSummary(council, members, meetings, hearings.filter((h) => h.status === 'open').length, today),
    members: presented,
    meetings: meetings.map(presentMeeting),
    hearings: hearings.map((h) => presentHearingSummary(h, today)),
    isMember: (await councilsOfUser(ctx.trx, ctx.tenantId, ctx.actor.userId, today)).includes(councilId),
    canManage: manages,
    linkableUsers: manages ? (await linkableUsers(ctx.trx, ctx.tenantId)).map((u) => ({ id: u.user_id, name: u.display_name })) : [],
  };
}
