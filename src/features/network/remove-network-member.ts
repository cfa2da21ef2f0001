import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { purposeOf } from './list-network.js';
import { findNetworkRow } from './network-repository.js';

/**
 * Takes a person out of the network. Their consents are withdrawn from this moment (recorded, never deleted)
 * and an open invitation stops working; the row stays so the consent history can still name them.
 */
export async function removeNetworkMember(ctx: Ctx, citizenId: string, memberId: string): Promise<void> {
  await authorizeCitizen(ctx, { citizenId, action: 'network.manage', purpose: purposeOf(ctx), resourceType: 'network-member', resourceId: memberId, details: { operation: 'delete' } });
  if (!(await findNetworkRow(ctx.trx, ctx.tenantId, citizenId, memberId))) throw new AppError('not_found');
  await ctx.trx
    .updateTable('network_member')
    .set((eb) => ({ removed_at: ctx.now, invitation_code_hash: null, invitation_expires_at: null, updated_at: ctx.now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .execute();
  await ctx.trx
    .updateTable('consent')
    .set({ withdrawn_at: ctx.now, withdrawn_by: ctx.actor.userId })
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', citizenId)
    .where('grantee_kind', '=', 'network')
    .where('grantee_id', '=', memberId)
    .where('withdrawn_at', 'is', null)
    .execute();
}
