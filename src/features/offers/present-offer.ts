import type { OfferSummary } from '../../contracts/offers.js';
import { ageGroupsOf } from '../../domain/catalogue-vocabulary.js';
import { isPossiblyOutdated } from '../../domain/offer-upkeep.js';
import type { OfferSummaryRow } from './offer-search-repository.js';

const SUMMARY_LENGTH = 220;

/** The first sentences of a description that fit a result list; cut at a sentence or word boundary, never mid-word. */
export function summaryOf(description: string, limit = SUMMARY_LENGTH): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd >= limit / 3) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  return `${head.slice(0, wordEnd > 0 ? wordEnd : limit)} …`;
}

export function presentOfferSummary(row: OfferSummaryRow, now: Date): OfferSummary {
  const tracksPlaces = row.capacity_places !== null || row.capacity_free !== null || row.waiting_list !== null;
  return {
    id: row.offer_id,
    name: row.name,
    organization: { id: row.organization_id, name: row.organization_name },
    summary: summaryOf(row.description),
    easyRead: row.easy_read,
    pictogram: row.pictogram,
    lifeDomains: row.life_domains,
    targetGroups: row.target_groups,
    ageGroups: ageGroupsOf(row.minimum_age, row.maximum_age),
    legalBasis: row.legal_basis,
    freeOfCharge: row.free_of_charge,
    selfReferral: row.self_referral,
    accessibility: row.accessibility,
    minimumAge: row.minimum_age,
    maximumAge: row.maximum_age,
    capacity: tracksPlaces ? { places: row.capacity_places, free: row.capacity_free, waitingList: row.waiting_list } : null,
    place: row.place_name ? [row.place_name, row.place_city].filter(Boolean).join(', ') : row.place_city,
    distanceKm: row.distance_km === null ? null : Math.round(row.distance_km * 10) / 10,
    possiblyOutdated: isPossiblyOutdated(row.confirmed_at === null ? null : new Date(row.confirmed_at), now),
  };
}
