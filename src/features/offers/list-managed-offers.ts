import type { z } from 'zod';
import type { managedOfferList } from '../../contracts/offers.js';
import { isPossiblyOutdated } from '../../domain/offer-upkeep.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { CATALOGUE_PURPOSE, keptUnitIds } from './offer-upkeep-access.js';
import { listOffersOfUnits } from './offer-upkeep-repository.js';

/** "Mine tilbud": the offers the actor keeps, drafts and archived ones too, with those that need confirming. */
export async function listManagedOffers(ctx: Ctx): Promise<z.infer<typeof managedOfferList>> {
  await authorize(ctx, { action: 'offer.manage', resourceType: 'offer', purpose: CATALOGUE_PURPOSE, details: { operation: 'list' } });
  const rows = await listOffersOfUnits(ctx.trx, ctx.tenantId, await keptUnitIds(ctx));
  return {
    items: rows.map((r) => ({
      id: r.offer_id,
      name: r.name,
      lifecycle: r.lifecycle,
      organizationName: r.organization_name,
      ownerUnitName: r.owner_unit_name,
      confirmedAt: r.confirmed_at?.toISOString() ?? null,
      updatedAt: r.updated_at.toISOString(),
      needsConfirmation: r.lifecycle === 'published' && isPossiblyOutdated(r.confirmed_at, ctx.now),
      version: r.version,
    })),
  };
}
