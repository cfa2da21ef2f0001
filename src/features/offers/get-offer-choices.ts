import type { z } from 'zod';
import type { offerChoices } from '../../contracts/offers.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { CATALOGUE_PURPOSE, keptUnitIds } from './offer-upkeep-access.js';
import { unitLinks } from './offer-repository.js';
import { loadOfferChoices } from './offer-upkeep-repository.js';

/** What the offer form offers: providers, places, the units the actor keeps offers for, the legal bases in use. */
export async function getOfferChoices(ctx: Ctx): Promise<z.infer<typeof offerChoices>> {
  await authorize(ctx, { action: 'offer.manage', resourceType: 'offer', purpose: CATALOGUE_PURPOSE, details: { operation: 'choices' } });
  const choices = await loadOfferChoices(ctx.trx, ctx.tenantId);
  const kept = await keptUnitIds(ctx);
  const units = await unitLinks(ctx.trx, ctx.tenantId);
  return {
    organizations: choices.organizations.map((o) => ({ id: o.organization_id, name: o.name, kind: o.kind })),
    locations: choices.locations.map((l) => ({ id: l.location_id, name: l.name, addressLine: l.address_line, city: l.city })),
    units: units.filter((u) => kept === null || kept.includes(u.id)).map((u) => ({ id: u.id, name: u.name })).sort((a, b) => a.name.localeCompare(b.name, 'da')),
    legalBases: choices.legalBases,
  };
}
