import type { Updateable } from 'kysely';
import type { OfferFields } from '../../contracts/offers.js';
import type { OfferTable } from '../../platform/db/schema-catalogue.js';

/** The columns a form's fields set; fields not sent are left out, so an update changes only what it names. */
export function offerColumns(fields: Partial<OfferFields>): Updateable<OfferTable> {
  const columns: Updateable<OfferTable> = {
    name: fields.name,
    description: fields.description,
    easy_read: fields.easyRead,
    alternate_name: fields.alternateName,
    url: fields.url,
    email: fields.email,
    organization_id: fields.organizationId,
    owner_unit_id: fields.ownerUnitId,
    legal_basis: fields.legalBasis,
    offer_type: fields.offerType,
    life_domains: fields.lifeDomains,
    target_groups: fields.targetGroups,
    minimum_age: fields.minimumAge,
    maximum_age: fields.maximumAge,
    free_of_charge: fields.freeOfCharge,
    fees_description: fields.feesDescription,
    application_process: fields.applicationProcess,
    eligibility_description: fields.eligibilityDescription,
    self_referral: fields.selfReferral,
    accessibility: fields.accessibility,
    language_codes: fields.languages,
    capacity_places: fields.capacityPlaces,
    capacity_free: fields.capacityFree,
    waiting_list: fields.waitingList,
    pictogram: fields.pictogram,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as Updateable<OfferTable>;
}
