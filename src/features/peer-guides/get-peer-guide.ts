import type { PeerGuide } from '../../contracts/peer-guides.js';
import { rolesAllow } from '../../domain/roles.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { findGuide } from './peer-guide-repository.js';
import { presentGuides } from './present-guide.js';

/** One guide's profile and busy times; a paused or stopped guide only for the coordinator. */
export async function getPeerGuide(ctx: Ctx, guideId: string): Promise<PeerGuide> {
  await authorizePeerGuides(ctx, 'peer-guide.read', { resourceType: 'peer-guide', resourceId: guideId });
  const row = await findGuide(ctx.trx, ctx.tenantId, guideId);
  const visible = row && ((row.status === 'active' && row.active) || rolesAllow(ctx.actor.roles, 'peer-guide.manage'));
  if (!visible) throw new AppError('not_found');
  const [guide] = await presentGuides(ctx, [row]);
  return guide!;
}
