import { mayKeepEvent, type EventKeeping } from '../../domain/event-keeper.js';
import { isWithinUnit } from '../../domain/org-tree.js';
import { rolesAllow } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { unitLinks } from '../offers/offer-repository.js';

export const EVENT_PURPOSE = 'catalogue';

/**
 * The gate to keeping an event: the role must allow event.manage (audited by `authorize`), and the event must be one
 * the actor keeps (domain/event-keeper.ts). Someone else's event answers 403: events are public, there is nothing to
 * hide. `keeping` null means the event (or offer) does not exist in this municipality: 404 after the role check.
 */
export async function authorizeEventKeeping(ctx: Ctx, request: { eventId: string | null; keeping: EventKeeping | null; operation: string }): Promise<void> {
  const entry = { action: 'event.manage' as const, resourceType: 'offer-event', resourceId: request.eventId, purpose: EVENT_PURPOSE, details: { operation: request.operation } };
  await authorize(ctx, entry);
  if (!request.keeping) throw new AppError('not_found');
  const units = await unitLinks(ctx.trx, ctx.tenantId);
  if (!mayKeepEvent(ctx.actor, units, request.keeping)) {
    throw new AccessDenied('forbidden', { ...entry, outcome: 'denied', details: { ...entry.details, reason: 'not-the-events-keeper' } });
  }
}

/** Which events an actor keeps, as a filter for lists: the same rule as `mayKeepEvent`. */
export interface KeepingScope {
  allEvents: boolean;
  unitIds: string[];
  civilSociety: boolean;
}

export async function keepingScope(ctx: Ctx): Promise<KeepingScope> {
  const allEvents = rolesAllow(ctx.actor.roles, 'catalogue.manage');
  const own = ctx.actor.orgUnitId;
  let unitIds: string[] = [];
  if (!allEvents && own !== null && rolesAllow(ctx.actor.roles, 'offer.manage')) {
    const units = await unitLinks(ctx.trx, ctx.tenantId);
    unitIds = units.filter((u) => isWithinUnit(units, u.id, own)).map((u) => u.id);
  }
  return { allEvents, unitIds, civilSociety: ctx.actor.roles.includes('volunteer-coordinator') };
}

/** The keeper facts of an event row (or an offer, or an organisation). */
export function keepingOf(row: { offer_id: string | null; offer_owner_unit_id: string | null; organization_kind: string; organization_unit_id: string | null }): EventKeeping {
  return {
    keeperUnitId: row.offer_id ? row.offer_owner_unit_id : row.organization_unit_id,
    organization: { kind: row.organization_kind, orgUnitId: row.organization_unit_id },
  };
}
