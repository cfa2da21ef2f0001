import type { CouncilMember, MemberBody } from '../../contracts/councils.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizeCouncils } from './council-access.js';
import { findCouncil, findMember, insertMember } from './council-repository.js';
import { checkMember } from './member-rules.js';
import { presentMember } from './present-council.js';

/** The administration adds a member to a council, in a role, optionally linked to the member's login. */
export async function addCouncilMember(ctx: Ctx, councilId: string, input: MemberBody): Promise<CouncilMember> {
  const memberId = newId();
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'council-member', resourceId: memberId, details: { operation: 'create', councilId, role: input.role, linked: input.userId !== null } });
  if (!(await findCouncil(ctx.trx, ctx.tenantId, councilId))) throw new AppError('not_found');
  await checkMember(ctx, councilId, input, null);
  await insertMember(ctx.trx, ctx.tenantId, councilId, memberId, input);
  return presentMember((await findMember(ctx.trx, ctx.tenantId, councilId, memberId))!, copenhagenToday(ctx.now));
}
