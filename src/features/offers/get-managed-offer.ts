import type { ManagedOffer } from '../../contracts/offers.js';
import { isPossiblyOutdated } from '../../domain/offer-upkeep.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { authorizeOfferUpkeep } from './offer-upkeep-access.js';
import { findOffer, type OfferRow } from './offer-repository.js';
import { presentOfferDetail } from './present-offer-detail.js';

export function presentManagedOffer(row: OfferRow, now: Date): ManagedOffer {
  return {
    ...presentOfferDetail(row, now),
    version: row.version,
    ownerUnit: row.owner_unit_id && row.owner_unit_name ? { id: row.owner_unit_id, name: row.owner_unit_name } : null,
    needsConfirmation: row.lifecycle === 'published' && isPossiblyOutdated(row.confirmed_at, now),
  };
}

/** An offer as its owner edits it, in any state. */
export async function getManagedOffer(ctx: Ctx, offerId: string): Promise<ManagedOffer> {
  const row = await findOffer(ctx.trx, ctx.tenantId, offerId);
  await authorizeOfferUpkeep(ctx, { offerId, ownerUnitId: row?.owner_unit_id ?? null, operation: 'read', exists: row !== undefined });
  return presentManagedOffer(row!, ctx.now);
}

/** The offer as it is after a change the caller has already authorised. */
export async function reloadManagedOffer(ctx: Ctx, offerId: string): Promise<ManagedOffer> {
  const row = await findOffer(ctx.trx, ctx.tenantId, offerId);
  if (!row) throw new AppError('not_found');
  return presentManagedOffer(row, ctx.now);
}
