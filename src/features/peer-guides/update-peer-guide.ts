import type { PeerGuide, UpdatePeerGuideBody } from '../../contracts/peer-guides.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { peerGuideFieldError } from './peer-guide-messages.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { findGuide, updateGuideProfile } from './peer-guide-repository.js';
import { presentGuides } from './present-guide.js';

/**
 * The coordinator edits a guide's profile: areas, presentation, training status and date, availability, and pauses or
 * stops the guide. Bookings already made stay; a paused guide just cannot be booked again until active.
 */
export async function updatePeerGuide(ctx: Ctx, guideId: string, input: UpdatePeerGuideBody): Promise<PeerGuide> {
  await authorizePeerGuides(ctx, 'peer-guide.manage', { resourceType: 'peer-guide', resourceId: guideId, details: { operation: 'update', status: input.status, trainingStatus: input.trainingStatus } });
  const existing = await findGuide(ctx.trx, ctx.tenantId, guideId);
  if (!existing) throw new AppError('not_found');
  if (input.trainedOn !== null && input.trainedOn > copenhagenToday(ctx.now)) throw peerGuideFieldError('validation_failed', ctx.language, 'trainedOn', 'trained_on.in_future');
  const { version, ...values } = input;
  if (!(await updateGuideProfile(ctx.trx, { tenantId: ctx.tenantId, userId: guideId, version, now: ctx.now }, values))) throw new AppError('conflict', 'version.stale');
  const [guide] = await presentGuides(ctx, [(await findGuide(ctx.trx, ctx.tenantId, guideId))!]);
  return guide!;
}
