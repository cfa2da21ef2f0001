import { lifeDomains } from './plan-parts.js';

/**
 * The words the catalogue classifies offers by. The keys are stored on offers and sent by the API; the Danish and
 * English names live in the web app's translations. Legal bases are data on the offer (DOMAIN §5.11: the law's
 * paragraphs change names), so they are not listed here.
 */

/** DOMAIN §5.1, and relatives: offers for the people around a citizen are found the same way. */
export const offerTargetGroups = [
  'substance-abuse',
  'mental-vulnerability',
  'physical-disability',
  'intellectual-disability',
  'acquired-brain-injury',
  'autism',
  'adhd',
  'homelessness',
  'relatives',
] as const;
export type OfferTargetGroup = (typeof offerTargetGroups)[number];

/** An offer serves one or more of the citizen's life domains (DOMAIN §5.2), the same as the plan's. */
export const offerLifeDomains = lifeDomains;

/**
 * What makes an offer usable for a person with a disability: physical (where it happens) and cognitive or social
 * (how it is given). DOMAIN §4.3: "accessibility of offers: physical, mental, cognitive".
 */
export const accessibilityFeatures = {
  physical: ['step-free', 'accessible-toilet', 'hearing-loop', 'accessible-parking', 'lift'],
  cognitive: ['easy-read-info', 'pictograms', 'quiet-room', 'companion-welcome', 'fixed-contact-person', 'sign-language'],
} as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[keyof typeof accessibilityFeatures][number];
export const allAccessibilityFeatures: readonly AccessibilityFeature[] = [...accessibilityFeatures.physical, ...accessibilityFeatures.cognitive];

/**
 * Age groups the catalogue groups offers by (the adult disability plan asks for a catalogue "grouped by age group
 * and target group"). 16-17-year-olds are on their way to adult services ("den gode overgang").
 */
export const ageGroups = [
  { key: 'youth', from: 16, to: 17 },
  { key: 'young-adults', from: 18, to: 29 },
  { key: 'adults', from: 30, to: 64 },
  { key: 'seniors', from: 65, to: 130 },
] as const;
export type AgeGroup = (typeof ageGroups)[number]['key'];

/** The age groups an offer with this age range is for; an open end reaches to the end of the scale. */
export function ageGroupsOf(minimumAge: number | null, maximumAge: number | null): AgeGroup[] {
  const from = minimumAge ?? 0;
  const to = maximumAge ?? 130;
  return ageGroups.filter((g) => g.from <= to && g.to >= from).map((g) => g.key);
}

/** Whether a person of this age may use an offer with this age range (HSDS minimum_age and maximum_age). */
export function ageEligible(age: number, minimumAge: number | null, maximumAge: number | null): boolean {
  return (minimumAge === null || age >= minimumAge) && (maximumAge === null || age <= maximumAge);
}

/**
 * Whether a citizen in these target groups is within an offer's target groups. An offer that names none is open to
 * all; otherwise the citizen must share at least one.
 */
export function targetGroupEligible(citizenGroups: readonly string[], offerGroups: readonly string[]): boolean {
  return offerGroups.length === 0 || citizenGroups.some((g) => offerGroups.includes(g));
}
