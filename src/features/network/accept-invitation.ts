import type { z } from 'zod';
import type { acceptedInvitation } from '../../contracts/network.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { fieldError } from '../citizens/citizen-messages.js';
import { findInvitation, linkInvitation } from './invitation-code.js';

/**
 * A logged-in person accepts an invitation and becomes that network member's login (and a relative). A staff
 * account cannot: a relative's access must not mix with a worker's. The citizen sees the acceptance in their access log.
 */
export async function acceptInvitation(ctx: Ctx, input: { code: string }): Promise<z.infer<typeof acceptedInvitation>> {
  const found = await findInvitation(ctx.trx, ctx.tenantId, input.code, ctx.now);
  if (!found) throw fieldError('validation_failed', ctx.language, 'code', 'invitation.invalid');
  await authorize(ctx, { action: 'profile.update', resourceType: 'network-member', resourceId: found.member_id, citizenId: found.citizen_id, purpose: 'invitation', details: { operation: 'accept-invitation' } });
  if (ctx.actor.kind === 'staff') throw fieldError('validation_failed', ctx.language, 'code', 'invitation.staff_account');
  if (found.citizen_user_id === ctx.actor.userId) throw fieldError('validation_failed', ctx.language, 'code', 'invitation.own_record');
  const already = await ctx.trx
    .selectFrom('network_member')
    .select('member_id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', found.citizen_id)
    .where('user_id', '=', ctx.actor.userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (already) throw fieldError('conflict', ctx.language, 'code', 'invitation.already_member');
  await linkInvitation(ctx.trx, ctx.tenantId, found, ctx.actor.userId, ctx.now);
  return { citizenId: found.citizen_id, firstName: found.first_name, relation: found.relation };
}
