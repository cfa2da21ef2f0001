import type { NetworkMember, UpdateNetworkMemberBody } from '../../contracts/network.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { purposeOf } from './list-network.js';
import { findNetworkRow, presentMember } from './network-repository.js';

export async function updateNetworkMember(ctx: Ctx, citizenId: string, memberId: string, input: UpdateNetworkMemberBody): Promise<NetworkMember> {
  const { version, isRelative, ...rest } = input;
  await authorizeCitizen(ctx, { citizenId, action: 'network.manage', purpose: purposeOf(ctx), resourceType: 'network-member', resourceId: memberId, details: { operation: 'update', fields: Object.keys(input).filter((k) => k !== 'version') } });
  if (!(await findNetworkRow(ctx.trx, ctx.tenantId, citizenId, memberId))) throw new AppError('not_found');
  const updated = await ctx.trx
    .updateTable('network_member')
    .set((eb) => ({ ...rest, ...(isRelative !== undefined && { is_relative: isRelative }), updated_at: ctx.now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', citizenId)
    .where('member_id', '=', memberId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new AppError('conflict', 'version.stale');
  return presentMember((await findNetworkRow(ctx.trx, ctx.tenantId, citizenId, memberId))!, ctx.now);
}
