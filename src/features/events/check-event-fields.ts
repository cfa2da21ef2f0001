import type { Ctx } from '../../platform/context.js';
import { eventFieldError } from './event-messages.js';
import { locationExists } from './event-repository.js';

/** The rules a contract cannot check alone: the end after the start, and a location that exists. */
export async function checkEventFields(ctx: Ctx, fields: { startsAt: Date; endsAt: Date; locationId: string | null }): Promise<void> {
  if (fields.endsAt.getTime() <= fields.startsAt.getTime()) throw eventFieldError(ctx.language, 'endsAt', 'event.ends_before_start');
  if (fields.locationId && !(await locationExists(ctx.trx, ctx.tenantId, fields.locationId))) throw eventFieldError(ctx.language, 'locationId', 'event.location_missing');
}
