import type { ResidentialOffers } from '../../contracts/housing.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { ffbOfferType } from '../../domain/ffb-offer-types.js';
import { freePlaces, PARAGRAPH_SQL_PATTERN, residentialOfferTypeCodes, residentialParagraphs } from '../../domain/residential-offers.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';
import { HOUSING_PURPOSE } from './housing-purpose.js';
import { residentialOffersOn } from './housing-repository.js';

/**
 * The residential offers in the catalogue with their places, the municipality's citizens living there today, free
 * places and waiting lists: for finance, leaders and politicians. Counts only; nobody is named.
 */
export async function listResidentialOffers(ctx: Ctx): Promise<ResidentialOffers> {
  await authorize(ctx, { action: 'housing.read', resourceType: 'residential-offers', purpose: HOUSING_PURPOSE });
  const today = copenhagenToday(ctx.now);
  const rows = await residentialOffersOn(ctx.trx, ctx.tenantId, today, { paragraphs: residentialParagraphs, offerTypes: residentialOfferTypeCodes, paragraphPattern: PARAGRAPH_SQL_PATTERN });
  const items = rows
    .map((row) => {
      const type = row.offer_type ? ffbOfferType(row.offer_type) : undefined;
      return {
        id: row.offer_id,
        name: row.name,
        legalBasis: row.legal_basis,
        offerType: type ? { code: type.code, display: type.display } : null,
        provider: row.provider,
        ownOffer: row.provider_kind === 'municipal',
        archived: row.lifecycle === 'archived',
        places: row.capacity_places,
        occupied: row.occupied,
        free: freePlaces({ places: row.capacity_places, reportedFree: row.capacity_free, occupied: row.occupied }),
        freeReportedByOffer: row.capacity_free !== null,
        waitingList: row.waiting_list,
        overfilled: row.capacity_places !== null && row.occupied > row.capacity_places,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
  return {
    today,
    items,
    totals: { places: sum(items.map((i) => i.places)), occupied: sum(items.map((i) => i.occupied)), free: sum(items.map((i) => i.free)), waitingList: sum(items.map((i) => i.waitingList)) },
  };
}
