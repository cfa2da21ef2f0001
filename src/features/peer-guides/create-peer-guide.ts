import type { CreatePeerGuideBody, PeerGuide } from '../../contracts/peer-guides.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { peerGuideFieldError } from './peer-guide-messages.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { emailInUse, findGuide, insertGuide } from './peer-guide-repository.js';
import { presentGuides } from './present-guide.js';

/**
 * The coordinator adds a peer guide: a user outside the staff (kind 'external') with the peer-guide role, as the
 * administrator creates staff, and the guide's profile. The guide logs in through the identity provider, linked on
 * the first login by e-mail, so an address already in use is refused.
 */
export async function createPeerGuide(ctx: Ctx, input: CreatePeerGuideBody): Promise<PeerGuide> {
  const userId = newId();
  await authorizePeerGuides(ctx, 'peer-guide.manage', { resourceType: 'peer-guide', resourceId: userId, details: { operation: 'create' } });
  if (input.trainedOn !== null && input.trainedOn > copenhagenToday(ctx.now)) throw peerGuideFieldError('validation_failed', ctx.language, 'trainedOn', 'trained_on.in_future');
  if (input.email !== null && (await emailInUse(ctx.trx, ctx.tenantId, input.email))) throw peerGuideFieldError('conflict', ctx.language, 'email', 'user.email_taken');
  await insertGuide(ctx.trx, { tenantId: ctx.tenantId, userId, grantedBy: ctx.actor.userId, now: ctx.now }, { name: input.name, email: input.email }, input);
  const row = await findGuide(ctx.trx, ctx.tenantId, userId);
  if (!row) throw new AppError('internal');
  const [guide] = await presentGuides(ctx, [row]);
  return guide!;
}
