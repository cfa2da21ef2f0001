import type { ReferralSide } from '../../domain/referral-state.js';
import { rolesAllow, type Permission } from '../../domain/roles.js';
import { authorizeCitizen, type CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';

/** Reading or changing a referral is an access to the citizen's data; it helps those who help the citizen work together. */
export const REFERRAL_PURPOSE = 'care-coordination';

/**
 * The permission a request on one referral exercises, chosen before the gate knows the relation: the citizen reads
 * their own (and withdraws as a sender would), the sender acts as sender, any other staff member as the receiving
 * side. The gate then decides by relation: the team and the citizen may, staff of the receiving unit may handle
 * the referral ('receiver', domain/access-decision.ts), anyone else gets 404.
 */
function referralAction(ctx: Ctx, senderUserId: string, operation: 'read' | 'change'): Permission {
  if (ctx.actor.kind === 'citizen') return operation === 'read' ? 'referral.read-own' : 'referral.send';
  return senderUserId === ctx.actor.userId ? 'referral.send' : 'referral.receive';
}

export interface ReferralAccess {
  access: CitizenAccess;
  sides: Set<ReferralSide>;
}

/** The gate for one referral (audited by authorizeCitizen), and the sides the actor is on for it. */
export async function authorizeReferral(
  ctx: Ctx,
  referral: { referral_id: string; citizen_id: string; sender_user_id: string },
  operation: 'read' | 'change',
  details: Record<string, unknown> = {},
): Promise<ReferralAccess> {
  const access = await authorizeCitizen(ctx, {
    citizenId: referral.citizen_id,
    action: referralAction(ctx, referral.sender_user_id, operation),
    purpose: REFERRAL_PURPOSE,
    resourceType: 'referral',
    resourceId: referral.referral_id,
    referralId: referral.referral_id,
    details: { operation, ...details },
  });
  return { access, sides: sidesOf(ctx, access, referral.sender_user_id) };
}

export function sidesOf(ctx: Ctx, access: CitizenAccess, senderUserId: string): Set<ReferralSide> {
  const sides = new Set<ReferralSide>();
  if (access.referralReceiver && rolesAllow(ctx.actor.roles, 'referral.receive')) sides.add('receiver');
  if (senderUserId === ctx.actor.userId) sides.add('sender');
  if (access.relation === 'self') sides.add('citizen');
  return sides;
}
