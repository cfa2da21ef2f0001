import type { ManagedEventChoices } from '../../contracts/events.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { EVENT_PURPOSE, keepingScope } from './event-keeping-access.js';
import { listKeepableChoices } from './event-repository.js';

/** What the event form offers: the offers and organisations the actor may hold events for, and the places. */
export async function getEventChoices(ctx: Ctx): Promise<ManagedEventChoices> {
  await authorize(ctx, { action: 'event.manage', resourceType: 'offer-event', purpose: EVENT_PURPOSE, details: { operation: 'choices' } });
  const choices = await listKeepableChoices(ctx.trx, ctx.tenantId, await keepingScope(ctx));
  return {
    offers: choices.offers.map((o) => ({ id: o.offer_id, name: o.name, lifecycle: o.lifecycle })),
    organizations: choices.organizations.map((o) => ({ id: o.organization_id, name: o.name })),
    locations: choices.locations.map((l) => ({ id: l.location_id, name: l.name, addressLine: l.address_line, city: l.city })),
  };
}
