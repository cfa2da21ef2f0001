import type { EventSummary } from '../../contracts/events.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeEventKeeping, keepingOf } from './event-keeping-access.js';
import { findEvent, updateEventIfVersion } from './event-repository.js';
import { presentEvent } from './present-event.js';

/**
 * Cancels an event. It stays listed, marked as cancelled, and its sign-ups stay, so the citizens who signed up see
 * it cancelled on their list and in their calendar feed (STATUS:CANCELLED) instead of it silently disappearing.
 */
export async function cancelEvent(ctx: Ctx, eventId: string, version: number): Promise<EventSummary> {
  const existing = await findEvent(ctx.trx, ctx.tenantId, eventId);
  await authorizeEventKeeping(ctx, { eventId, keeping: existing ? keepingOf(existing) : null, operation: 'cancel' });
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  if (existing.status === 'cancelled') throw new AppError('conflict', 'event.cancelled');
  if (!(await updateEventIfVersion(ctx.trx, { tenantId: ctx.tenantId, eventId, version }, { status: 'cancelled' }, ctx.now))) throw new AppError('conflict', 'version.stale');
  return presentEvent((await findEvent(ctx.trx, ctx.tenantId, eventId))!);
}
