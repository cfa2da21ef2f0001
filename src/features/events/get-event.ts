import type { EventSummary } from '../../contracts/events.js';
import type { PublicCtx } from '../../http/run-public.js';
import { AppError } from '../../platform/errors.js';
import { findPublicEvent } from './event-repository.js';
import { presentEvent } from './present-event.js';

/** One public event, with how many are signed up and how many places are left. */
export async function getEvent(ctx: PublicCtx, eventId: string): Promise<EventSummary> {
  const row = await findPublicEvent(ctx.trx, ctx.tenantId, eventId);
  if (!row) throw new AppError('not_found');
  return presentEvent(row);
}
