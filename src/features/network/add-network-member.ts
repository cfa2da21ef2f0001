import type { CreateNetworkMemberBody, NetworkMember } from '../../contracts/network.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { purposeOf } from './list-network.js';
import { findNetworkRow, presentMember } from './network-repository.js';

/** "The person or persons the citizen defines as relatives": the citizen, or the team with them, adds one. Nothing is shared until the citizen consents. */
export async function addNetworkMember(ctx: Ctx, citizenId: string, input: CreateNetworkMemberBody): Promise<NetworkMember> {
  const memberId = newId();
  await authorizeCitizen(ctx, { citizenId, action: 'network.manage', purpose: purposeOf(ctx), resourceType: 'network-member', resourceId: memberId, details: { operation: 'create' } });
  await ctx.trx
    .insertInto('network_member')
    .values({
      tenant_id: ctx.tenantId,
      member_id: memberId,
      citizen_id: citizenId,
      name: input.name,
      relation: input.relation,
      is_relative: input.isRelative,
      phone: input.phone ?? null,
      email: input.email ?? null,
      user_id: null,
      invitation_code_hash: null,
      invitation_expires_at: null,
      removed_at: null,
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  return presentMember((await findNetworkRow(ctx.trx, ctx.tenantId, citizenId, memberId))!, ctx.now);
}
