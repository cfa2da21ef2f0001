import { ffbOfferTypes } from './ffb-offer-types.js';

/**
 * Which catalogue offers are residential, for the housing capacity overview (DOMAIN §4.4, §5.8): an offer given
 * under Serviceloven §107 (temporary residential offer) or §108 (long-term residential offer) (DOMAIN §5.11), or one
 * classified by KL's FFB as "Botilbud til voksne" or "Botilbudslignende tilbud" (shared housing and housing-like
 * offers, e.g. general homes let on residential terms), or any type below those two. The paragraph is data on the
 * offer ("SEL §108", "Serviceloven § 107", "SEL §§ 107/108"), so it is read from the text, not matched exactly.
 * A §110 shelter (forsorgshjem) and §85 support in one's own home are not residential offers.
 */
export const residentialParagraphs: readonly string[] = ['107', '108'];

/** FFB "Botilbud til voksne" and "Botilbudslignende tilbud" (src/domain/ffb-offer-types.ts). */
export const residentialOfferTypeRoots: readonly string[] = ['2ecfcfe5-10ed-4934-a744-f18ce30b1619', 'd23e3e8a-7fcf-4603-9d75-481b6e47e0eb'];

/** The roots and every FFB type below them, however deep. */
export const residentialOfferTypeCodes: readonly string[] = (() => {
  const codes = new Set(residentialOfferTypeRoots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const type of ffbOfferTypes) {
      if (type.parent !== undefined && codes.has(type.parent) && !codes.has(type.code)) {
        codes.add(type.code);
        grew = true;
      }
    }
  }
  return [...codes];
})();

/**
 * The first paragraph number in a legal basis: "SEL §108" → "108", "SEL §§ 107/108" → "107", "STU-loven" → null.
 * The same pattern, as a POSIX regular expression, is used in SQL (`PARAGRAPH_SQL_PATTERN`), so both find the same.
 */
export function paragraphOf(legalBasis: string | null): string | null {
  if (legalBasis === null) return null;
  return /§+\s*([0-9]+)/.exec(legalBasis)?.[1] ?? null;
}

export const PARAGRAPH_SQL_PATTERN = '§+\\s*([0-9]+)';

export function isResidentialOffer(offer: { legalBasis: string | null; offerType: string | null }): boolean {
  const paragraph = paragraphOf(offer.legalBasis);
  if (paragraph !== null && residentialParagraphs.includes(paragraph)) return true;
  return offer.offerType !== null && residentialOfferTypeCodes.includes(offer.offerType);
}

/**
 * Free places: the offer's own figure when it reports one (it also counts residents from other municipalities,
 * whom the municipality's decisions do not show), otherwise the places less the municipality's citizens living there.
 * Never below zero; null when the offer has no number of places at all.
 */
export function freePlaces(offer: { places: number | null; reportedFree: number | null; occupied: number }): number | null {
  if (offer.reportedFree !== null) return offer.reportedFree;
  if (offer.places === null) return null;
  return Math.max(0, offer.places - offer.occupied);
}
