import type { ManagedOffer, OfferFields } from '../../contracts/offers.js';
import type { Ctx } from '../../platform/context.js';
import { afterCommit } from '../../platform/db/tenant-transaction.js';
import { offerSearchAnswers } from './search-answer-cache.js';
import { newId } from '../../platform/ids.js';
import { checkOfferFields } from './check-offer-fields.js';
import { reloadManagedOffer } from './get-managed-offer.js';
import { offerColumns } from './offer-columns.js';
import { authorize } from '../../platform/access/authorize.js';
import { CATALOGUE_PURPOSE } from './offer-upkeep-access.js';
import { insertOffer, setOfferLocations } from './offer-upkeep-repository.js';

/** A new offer starts as a draft of the actor's unit (or a unit below it); publishing is a separate step. */
export async function createOffer(ctx: Ctx, fields: OfferFields): Promise<ManagedOffer> {
  const offerId = newId();
  const ownerUnitId = fields.ownerUnitId ?? ctx.actor.orgUnitId;
  // The owner unit is a field like the others: one the actor does not keep is a 400 naming the field.
  await authorize(ctx, { action: 'offer.manage', resourceType: 'offer', resourceId: offerId, purpose: CATALOGUE_PURPOSE, details: { operation: 'create' } });
  await checkOfferFields(ctx, { ...fields, ownerUnitId });
  await insertOffer(ctx.trx, {
    ...offerColumns(fields),
    tenant_id: ctx.tenantId,
    offer_id: offerId,
    organization_id: fields.organizationId,
    name: fields.name,
    owner_unit_id: ownerUnitId,
    lifecycle: 'draft',
    confirmed_at: ctx.now,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await setOfferLocations(ctx.trx, ctx.tenantId, offerId, fields.locationIds);
  afterCommit(ctx.trx, () => offerSearchAnswers.forget(ctx.tenantId));
  return reloadManagedOffer(ctx, offerId);
}
