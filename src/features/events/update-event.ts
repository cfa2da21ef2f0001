import type { EventSummary, UpdateEventBody } from '../../contracts/events.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { checkEventFields } from './check-event-fields.js';
import { authorizeEventKeeping, keepingOf } from './event-keeping-access.js';
import { eventFieldError } from './event-messages.js';
import { countActiveSignups, findEvent, lockEvent, updateEventIfVersion, type EventValues } from './event-repository.js';
import { presentEvent } from './present-event.js';

/** Changes an event; the version the editor read must still be the stored one. A cancelled event stays as it is. */
export async function updateEvent(ctx: Ctx, eventId: string, input: UpdateEventBody): Promise<EventSummary> {
  const existing = await findEvent(ctx.trx, ctx.tenantId, eventId);
  await authorizeEventKeeping(ctx, { eventId, keeping: existing ? keepingOf(existing) : null, operation: 'update' });
  if (!existing) throw new AppError('not_found');
  if (existing.version !== input.version) throw new AppError('conflict', 'version.stale');
  if (existing.status === 'cancelled') throw new AppError('conflict', 'event.cancelled');

  const changes: Partial<EventValues> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description;
  if (input.startsAt !== undefined) changes.starts_at = new Date(input.startsAt);
  if (input.endsAt !== undefined) changes.ends_at = new Date(input.endsAt);
  if (input.place !== undefined) changes.place = input.place || null;
  if (input.locationId !== undefined) changes.location_id = input.locationId;
  if (input.capacity !== undefined) changes.capacity = input.capacity;
  if (input.signupRequired !== undefined) changes.signup_required = input.signupRequired;
  await checkEventFields(ctx, { startsAt: changes.starts_at ?? existing.starts_at, endsAt: changes.ends_at ?? existing.ends_at, locationId: input.locationId ?? null });
  if (changes.capacity !== undefined && changes.capacity !== null) {
    // Fewer places than people signed up would leave someone without a place they were promised.
    await lockEvent(ctx.trx, ctx.tenantId, eventId);
    if ((await countActiveSignups(ctx.trx, ctx.tenantId, eventId)) > changes.capacity) throw eventFieldError(ctx.language, 'capacity', 'event.capacity_below_signups');
  }
  if (!(await updateEventIfVersion(ctx.trx, { tenantId: ctx.tenantId, eventId, version: input.version }, changes, ctx.now))) throw new AppError('conflict', 'version.stale');
  return presentEvent((await findEvent(ctx.trx, ctx.tenantId, eventId))!);
}
