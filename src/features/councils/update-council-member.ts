import type { CouncilMember, MemberPatch } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils } from './council-access.js';
import { findCouncil, findMember, updateMember, type MemberValues } from './council-repository.js';
import { checkMember } from './member-rules.js';
import { presentMember } from './present-council.js';

/** Changes a member: only the fields sent (e.g. the end of the period when they leave, or the link to a login). */
export async function updateCouncilMember(ctx: Ctx, councilId: string, memberId: string, patch: MemberPatch): Promise<CouncilMember> {
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'council-member', resourceId: memberId, details: { operation: 'update', councilId, fields: Object.keys(patch) } });
  const existing = (await findCouncil(ctx.trx, ctx.tenantId, councilId)) && (await findMember(ctx.trx, ctx.tenantId, councilId, memberId));
  if (!existing) throw new AppError('not_found');
  const values: MemberValues = {
    name: patch.name ?? existing.name,
    role: patch.role ?? existing.role,
    organisation: patch.organisation !== undefined ? patch.organisation : existing.organisation,
    userId: patch.userId !== undefined ? patch.userId : existing.user_id,
    memberFrom: patch.memberFrom !== undefined ? patch.memberFrom : existing.member_from,
    memberTo: patch.memberTo !== undefined ? patch.memberTo : existing.member_to,
  };
  await checkMember(ctx, councilId, values, memberId);
  await updateMember(ctx.trx, ctx.tenantId, memberId, values);
  return presentMember((await findMember(ctx.trx, ctx.tenantId, councilId, memberId))!, copenhagenToday(ctx.now));
}
