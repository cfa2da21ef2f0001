import type { PeerGuideList } from '../../contracts/peer-guides.js';
import type { ExperienceArea } from '../../domain/peer-guide-booking.js';
import { rolesAllow } from '../../domain/roles.js';
import type { Ctx } from '../../platform/context.js';
import { authorizePeerGuides } from './peer-guide-access.js';
import { listGuides } from './peer-guide-repository.js';
import { presentGuides } from './present-guide.js';

/**
 * The guides staff can book, by name, optionally of one area of lived experience. The coordinator also sees the
 * paused and stopped guides, to manage them.
 */
export async function listPeerGuides(ctx: Ctx, query: { area?: ExperienceArea | undefined }): Promise<PeerGuideList> {
  await authorizePeerGuides(ctx, 'peer-guide.read', { resourceType: 'peer-guide-list', details: { area: query.area ?? null } });
  const rows = await listGuides(ctx.trx, ctx.tenantId, { area: query.area, activeOnly: !rolesAllow(ctx.actor.roles, 'peer-guide.manage') });
  return { items: await presentGuides(ctx, rows) };
}
