import type { CreateEventBody, EventSummary } from '../../contracts/events.js';
import type { EventKeeping } from '../../domain/event-keeper.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { checkEventFields } from './check-event-fields.js';
import { authorizeEventKeeping } from './event-keeping-access.js';
import { eventFieldError } from './event-messages.js';
import { findEvent, findOfferForEvent, findOrganization, insertEvent } from './event-repository.js';
import { presentEvent } from './present-event.js';

/**
 * A new event of an offer (its organisation holds it), or an organisation's own event. Who may: those who keep the
 * offer, or for an organisation's own event those who keep the organisation (domain/event-keeper.ts).
 */
export async function createEvent(ctx: Ctx, input: CreateEventBody): Promise<EventSummary> {
  const eventId = newId();
  const offerId = input.offerId ?? null;
  const organizationId = input.organizationId ?? null;
  if ((offerId === null) === (organizationId === null)) throw eventFieldError(ctx.language, 'offerId', 'event.owner_missing');

  let keeping: EventKeeping;
  let holder: string;
  if (offerId) {
    const offer = await findOfferForEvent(ctx.trx, ctx.tenantId, offerId);
    if (!offer) throw eventFieldError(ctx.language, 'offerId', 'event.offer_missing');
    keeping = { keeperUnitId: offer.owner_unit_id, organization: { kind: offer.organization_kind, orgUnitId: offer.organization_unit_id } };
    holder = offer.organization_id;
  } else {
    const organization = await findOrganization(ctx.trx, ctx.tenantId, organizationId!);
    if (!organization) throw eventFieldError(ctx.language, 'organizationId', 'event.organization_missing');
    keeping = { keeperUnitId: organization.org_unit_id, organization: { kind: organization.kind, orgUnitId: organization.org_unit_id } };
    holder = organization.organization_id;
  }
  await authorizeEventKeeping(ctx, { eventId, keeping, operation: 'create' });

  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const locationId = input.locationId ?? null;
  await checkEventFields(ctx, { startsAt, endsAt, locationId });
  await insertEvent(ctx.trx, {
    tenantId: ctx.tenantId,
    eventId,
    offerId,
    organizationId: holder,
    title: input.title,
    description: input.description ?? '',
    starts_at: startsAt,
    ends_at: endsAt,
    place: input.place || null,
    location_id: locationId,
    capacity: input.capacity ?? null,
    signup_required: input.signupRequired ?? false,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  return presentEvent((await findEvent(ctx.trx, ctx.tenantId, eventId))!);
}
