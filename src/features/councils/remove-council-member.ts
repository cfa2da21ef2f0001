import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeCouncils } from './council-access.js';
import { deleteMember, findCouncil, findMember } from './council-repository.js';

/**
 * Removes a member entered by mistake. A member who leaves keeps their row with an end date (PATCH memberTo), so the
 * council's past composition stays readable; the responses they sent keep their name through the user.
 */
export async function removeCouncilMember(ctx: Ctx, councilId: string, memberId: string): Promise<void> {
  await authorizeCouncils(ctx, 'council.manage', { resourceType: 'council-member', resourceId: memberId, details: { operation: 'delete', councilId } });
  const existing = (await findCouncil(ctx.trx, ctx.tenantId, councilId)) && (await findMember(ctx.trx, ctx.tenantId, councilId, memberId));
  if (!existing) throw new AppError('not_found');
  await deleteMember(ctx.trx, ctx.tenantId, memberId);
}
