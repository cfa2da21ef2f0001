import type { PeerGuide } from '../../contracts/peer-guides.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { findGuide } from './peer-guide-repository.js';
import { presentGuides } from './present-guide.js';

/** The logged-in guide's own profile, as staff see it when they book. */
export async function getMyGuideProfile(ctx: Ctx): Promise<PeerGuide> {
  await authorizePeerGuides(ctx, 'peer-guide.own', { resourceType: 'peer-guide', resourceId: ctx.actor.userId, details: { operation: 'read-own' } });
  const row = await findGuide(ctx.trx, ctx.tenantId, ctx.actor.userId);
  if (!row) throw new AppError('not_found');
  const [guide] = await presentGuides(ctx, [row]);
  return guide!;
}
