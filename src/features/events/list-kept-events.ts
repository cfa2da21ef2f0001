import type { ManagedEvents } from '../../contracts/events.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { EVENT_PURPOSE, keepingScope } from './event-keeping-access.js';
import { listKeptEvents } from './event-repository.js';
import { presentEvent } from './present-event.js';

/** Events kept for this long after they ended stay on the keeper's list. */
const RECENT_DAYS = 30;

/** The events the actor keeps (domain/event-keeper.ts), including those of draft offers, that ended at most 30 days ago. */
export async function listKeptEventsOf(ctx: Ctx): Promise<ManagedEvents> {
  await authorize(ctx, { action: 'event.manage', resourceType: 'offer-event', purpose: EVENT_PURPOSE, details: { operation: 'list' } });
  const rows = await listKeptEvents(ctx.trx, ctx.tenantId, await keepingScope(ctx), new Date(ctx.now.getTime() - RECENT_DAYS * 86_400_000));
  return { items: rows.map((row) => ({ ...presentEvent(row), offerLifecycle: row.offer_lifecycle })) };
}
