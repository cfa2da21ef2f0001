import type { ManagedEvents } from '../../contracts/events.js';
import type { Ctx } from '../../platform/context.js';
import { authorizeEventKeeping, keepingOf } from './event-keeping-access.js';
import { findEvent } from './event-repository.js';
import { presentEvent } from './present-event.js';

/** One event for its keeper's form, also when its offer is still a draft. */
export async function getKeptEvent(ctx: Ctx, eventId: string): Promise<ManagedEvents['items'][number]> {
  const row = await findEvent(ctx.trx, ctx.tenantId, eventId);
  await authorizeEventKeeping(ctx, { eventId, keeping: row ? keepingOf(row) : null, operation: 'read' });
  return { ...presentEvent(row!), offerLifecycle: row!.offer_lifecycle };
}
