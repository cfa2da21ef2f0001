import type { z } from 'zod';
import type { invitation } from '../../contracts/network.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { fieldError } from '../citizens/citizen-messages.js';
import { INVITATION_DAYS, invitationCodeHash, newInvitationCode } from './invitation-code.js';
import { purposeOf } from './list-network.js';
import { findNetworkRow } from './network-repository.js';

/** Invites a network member to log in. The code is shown once; a new invitation replaces an open one. */
export async function createInvitation(ctx: Ctx, citizenId: string, memberId: string): Promise<z.infer<typeof invitation>> {
  await authorizeCitizen(ctx, { citizenId, action: 'network.manage', purpose: purposeOf(ctx), resourceType: 'network-member', resourceId: memberId, details: { operation: 'invite' } });
  const member = await findNetworkRow(ctx.trx, ctx.tenantId, citizenId, memberId);
  if (!member) throw new AppError('not_found');
  if (member.user_id !== null) throw fieldError('conflict', ctx.language, 'memberId', 'invitation.already_linked');
  const code = newInvitationCode();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000);
  await ctx.trx
    .updateTable('network_member')
    .set((eb) => ({ invitation_code_hash: invitationCodeHash(code), invitation_expires_at: expiresAt, updated_at: ctx.now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .execute();
  return { code, expiresAt: expiresAt.toISOString(), path: `/invitation/${code}` };
}
