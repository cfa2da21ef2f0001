import type { ManagedOffer, UpdateOfferBody } from '../../contracts/offers.js';
import type { Ctx } from '../../platform/context.js';
import { afterCommit } from '../../platform/db/tenant-transaction.js';
import { offerSearchAnswers } from './search-answer-cache.js';
import { AppError } from '../../platform/errors.js';
import { checkOfferFields } from './check-offer-fields.js';
import { reloadManagedOffer } from './get-managed-offer.js';
import { offerColumns } from './offer-columns.js';
import { findOffer } from './offer-repository.js';
import { authorizeOfferUpkeep } from './offer-upkeep-access.js';
import { setOfferLocations, updateOfferIfVersion } from './offer-upkeep-repository.js';

/**
 * Changes an offer. Saving it also confirms it is right (the owner has looked at it), which renews the 12 months.
 * A save on an older version changes nothing (409).
 */
export async function updateOffer(ctx: Ctx, offerId: string, input: UpdateOfferBody): Promise<ManagedOffer> {
  const { version, locationIds, ...fields } = input;
  const existing = await findOffer(ctx.trx, ctx.tenantId, offerId);
  await authorizeOfferUpkeep(ctx, { offerId, ownerUnitId: existing?.owner_unit_id ?? null, operation: 'update', exists: existing !== undefined });
  if (existing!.version !== version) throw new AppError('conflict', 'version.stale');
  await checkOfferFields(ctx, input, { minimumAge: existing!.minimum_age, maximumAge: existing!.maximum_age, capacityPlaces: existing!.capacity_places, capacityFree: existing!.capacity_free });
  const saved = await updateOfferIfVersion(ctx.trx, { tenantId: ctx.tenantId, offerId, version }, { ...offerColumns(fields), confirmed_at: ctx.now, owner_reminded_at: null }, ctx.now);
  if (!saved) throw new AppError('conflict', 'version.stale');
  if (locationIds !== undefined) await setOfferLocations(ctx.trx, ctx.tenantId, offerId, locationIds);
  afterCommit(ctx.trx, () => offerSearchAnswers.forget(ctx.tenantId));
  return reloadManagedOffer(ctx, offerId);
}
