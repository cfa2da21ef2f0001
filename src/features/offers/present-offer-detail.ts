import type { OfferDetail } from '../../contracts/offers.js';
import { ffbOfferType } from '../../domain/ffb-offer-types.js';
import type { OfferRow } from './offer-repository.js';
import { presentOfferSummary } from './present-offer.js';

/** 'HH:MM:SS' → 'HH:MM'. */
const clock = (time: string | null) => (time === null ? null : time.slice(0, 5));
const asObjects = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

export function presentOfferDetail(row: OfferRow, now: Date): OfferDetail {
  const first = row.locations[0];
  const type = row.offer_type ? ffbOfferType(row.offer_type) : undefined;
  return {
    ...presentOfferSummary({ ...row, organization_name: row.organization_name, place_name: first?.name ?? null, place_city: first?.city ?? null, distance_km: null, confirmed_at: row.confirmed_at?.toISOString() ?? null }, now),
    description: row.description,
    alternateName: row.alternate_name,
    url: row.url,
    email: row.email,
    status: row.status,
    lifecycle: row.lifecycle,
    offerType: type ? { code: type.code, display: type.display } : row.offer_type ? { code: row.offer_type, display: row.offer_type } : null,
    feesDescription: row.fees_description,
    applicationProcess: row.application_process,
    eligibilityDescription: row.eligibility_description,
    languages: row.language_codes,
    contacts: asObjects(row.contacts),
    phones: asObjects(row.phones),
    costOptions: asObjects(row.cost_options),
    locations: row.locations.map((l) => ({
      id: l.location_id,
      name: l.name,
      description: l.description,
      addressLine: l.address_line,
      postalCode: l.postal_code,
      city: l.city,
      latitude: l.latitude,
      longitude: l.longitude,
      transportation: l.transportation,
      accessibility: l.accessibility,
    })),
    schedules: row.schedules.map((s) => ({
      id: s.schedule_id,
      freq: s.freq,
      interval: s.interval,
      byday: s.byday,
      bymonthday: s.bymonthday,
      opensAt: clock(s.opens_at),
      closesAt: clock(s.closes_at),
      validFrom: s.valid_from,
      validTo: s.valid_to,
      description: s.description,
      locationId: s.location_id,
    })),
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}
