import type { PeerGuide, UpdateMyGuideProfileBody } from '../../contracts/peer-guides.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { findGuide, updateGuideProfile } from './peer-guide-repository.js';
import { presentGuides } from './present-guide.js';

/** The guide writes their own presentation and when they are usually free; the rest is the coordinator's. */
export async function updateMyGuideProfile(ctx: Ctx, input: UpdateMyGuideProfileBody): Promise<PeerGuide> {
  await authorizePeerGuides(ctx, 'peer-guide.own', { resourceType: 'peer-guide', resourceId: ctx.actor.userId, details: { operation: 'update-own' } });
  if (!(await findGuide(ctx.trx, ctx.tenantId, ctx.actor.userId))) throw new AppError('not_found');
  const saved = await updateGuideProfile(ctx.trx, { tenantId: ctx.tenantId, userId: ctx.actor.userId, version: input.version, now: ctx.now }, { presentation: input.presentation, availabilityNote: input.availabilityNote });
  if (!saved) throw new AppError('conflict', 'version.stale');
  const [guide] = await presentGuides(ctx, [(await findGuide(ctx.trx, ctx.tenantId, ctx.actor.userId))!]);
  return guide!;
}
