import { accessibilityFeatures, offerLifeDomains, offerTargetGroups } from '../../domain/catalogue-vocabulary.js';
import { FFB_SYSTEM, ffbOfferTypes } from '../../domain/ffb-offer-types.js';
import { mestringId } from './name-based-id.js';

/**
 * Mestring's own facts about an offer travel in HSDS as attributes of Mestring's taxonomies (decision 0005): target
 * group, life domain, legal basis, KL FFB offer type, accessibility, and the offer's conditions (free of charge,
 * self-referral, capacity, easy-read text, pictogram). Taxonomy and term ids are name-based (name-based-id.ts):
 * taxonomy "taxonomy/<key>", term "term/<key>/<code>", so they are the same in every installation.
 */
export const mestringTaxonomyKeys = ['target-group', 'life-domain', 'legal-basis', 'offer-type', 'accessibility', 'offer-conditions'] as const;
export type MestringTaxonomyKey = (typeof mestringTaxonomyKeys)[number];

export interface MestringTaxonomy {
  key: MestringTaxonomyKey;
  id: string;
  name: string;
  description: string;
  uri: string | null;
}

export interface MestringTerm {
  taxonomy: MestringTaxonomyKey;
  code: string;
  id: string;
  name: string;
  parentId: string | null;
}

export const mestringTaxonomyId = (key: MestringTaxonomyKey): string => mestringId(`taxonomy/${key}`);
export const mestringTermId = (key: MestringTaxonomyKey, code: string): string => mestringId(`term/${key}/${code}`);

const taxonomyTexts: Record<MestringTaxonomyKey, { name: string; description: string; uri: string | null }> = {
  'target-group': { name: 'Mestring: målgruppe', description: 'Hvem tilbuddet er for (målgrupper i voksenområdet og pårørende).', uri: null },
  'life-domain': { name: 'Mestring: livsområde', description: 'De livsområder i borgerens plan, som tilbuddet støtter.', uri: null },
  'legal-basis': { name: 'Mestring: lovgrundlag', description: 'Den paragraf, tilbuddet gives efter, fx "SEL §85". Koden er paragraffen som tekst.', uri: null },
  'offer-type': { name: 'KL FFB: tilbud og ydelser', description: 'Tilbudstype efter KL’s Fælles Faglige Begreber (FFB). Koden er FFB-begrebets kode.', uri: FFB_SYSTEM },
  accessibility: { name: 'Mestring: tilgængelighed', description: 'Fysisk og kognitiv tilgængelighed af tilbud og steder.', uri: null },
  'offer-conditions': {
    name: 'Mestring: vilkår',
    description: 'Tilbuddets vilkår: gratis, kan søges uden henvisning, pladser, ledige pladser, venteliste, let læst tekst og piktogram. Tal og tekster står i egenskabens value.',
    uri: null,
  },
};

export const mestringTaxonomies: readonly MestringTaxonomy[] = mestringTaxonomyKeys.map((key) => ({ key, id: mestringTaxonomyId(key), ...taxonomyTexts[key] }));
const taxonomyByKey = new Map(mestringTaxonomies.map((t) => [t.key, t]));
export const mestringTaxonomy = (key: MestringTaxonomyKey): MestringTaxonomy => taxonomyByKey.get(key)!;
export const isMestringTaxonomyId = (id: string): boolean => mestringTaxonomies.some((t) => t.id === id);

const targetGroupNames: Record<(typeof offerTargetGroups)[number], string> = {
  'substance-abuse': 'Rusmiddelproblemer',
  'mental-vulnerability': 'Psykisk sårbarhed og sygdom',
  'physical-disability': 'Fysisk funktionsnedsættelse',
  'intellectual-disability': 'Udviklingshæmning',
  'acquired-brain-injury': 'Erhvervet hjerneskade',
  autism: 'Autisme',
  adhd: 'ADHD',
  homelessness: 'Hjemløshed',
  relatives: 'Pårørende',
};
const lifeDomainNames: Record<(typeof offerLifeDomains)[number], string> = {
  health: 'Sundhed',
  social: 'Sociale relationer',
  leisure: 'Fritid',
  housing: 'Bolig',
  work: 'Uddannelse og beskæftigelse',
};
const accessibilityNames: Record<string, string> = {
  'step-free': 'Niveaufri adgang',
  'accessible-toilet': 'Handicaptoilet',
  'hearing-loop': 'Teleslynge',
  'accessible-parking': 'Handicapparkering',
  lift: 'Elevator',
  'easy-read-info': 'Information på let dansk',
  pictograms: 'Piktogrammer',
  'quiet-room': 'Stille rum',
  'companion-welcome': 'Du må tage en ledsager med',
  'fixed-contact-person': 'Fast kontaktperson',
  'sign-language': 'Tegnsprog',
};

/** The conditions of an offer, each a term of "offer-conditions"; the valued ones carry their value in `value`. */
export const offerConditions = {
  'free-of-charge': { name: 'Gratis', valued: false },
  'self-referral': { name: 'Kan søges uden henvisning', valued: false },
  'capacity-places': { name: 'Pladser i alt', valued: true },
  'capacity-free': { name: 'Ledige pladser', valued: true },
  'waiting-list': { name: 'Antal på venteliste', valued: true },
  'easy-read': { name: 'Let læst tekst', valued: true },
  pictogram: { name: 'Piktogram', valued: true },
} as const;
export type OfferCondition = keyof typeof offerConditions;

function term(taxonomy: MestringTaxonomyKey, code: string, name: string, parentCode?: string): MestringTerm {
  return { taxonomy, code, id: mestringTermId(taxonomy, code), name, parentId: parentCode ? mestringTermId(taxonomy, parentCode) : null };
}

/** Every term of Mestring's closed taxonomies. Legal bases are open (the paragraph is data), see legalBasisTerm. */
export const fixedMestringTerms: readonly MestringTerm[] = [
  ...offerTargetGroups.map((code) => term('target-group', code, targetGroupNames[code])),
  ...offerLifeDomains.map((code) => term('life-domain', code, lifeDomainNames[code])),
  ...ffbOfferTypes.map((t) => term('offer-type', t.code, t.display, t.parent)),
  ...[...accessibilityFeatures.physical, ...accessibilityFeatures.cognitive].map((code) => term('accessibility', code, accessibilityNames[code] ?? code)),
  ...Object.entries(offerConditions).map(([code, c]) => term('offer-conditions', code, c.name)),
];
const fixedTermById = new Map(fixedMestringTerms.map((t) => [t.id, t]));
const fixedTermByKey = new Map(fixedMestringTerms.map((t) => [`${t.taxonomy}/${t.code}`, t]));

const legalBasisTerms = new Map<string, MestringTerm>();
/** The term of a legal basis (cached: an import asks for the same few thousands of times). */
export function legalBasisTerm(code: string): MestringTerm {
  let found = legalBasisTerms.get(code);
  if (!found) {
    found = term('legal-basis', code, code);
    if (legalBasisTerms.size < 10_000) legalBasisTerms.set(code, found);
  }
  return found;
}

/** The term with this code, or an ad-hoc one for a code Mestring has no name for (an FFB code not in the list). */
export function mestringTerm(taxonomy: MestringTaxonomyKey, code: string): MestringTerm {
  if (taxonomy === 'legal-basis') return legalBasisTerm(code);
  return fixedTermByKey.get(`${taxonomy}/${code}`) ?? term(taxonomy, code, code);
}

export function fixedMestringTermById(id: string): MestringTerm | undefined {
  return fixedTermById.get(id);
}

/** The HSDS taxonomy_term object of a Mestring term, as nested in attributes and listed by /taxonomy_terms. */
export function mestringTermObject(t: MestringTerm): Record<string, unknown> {
  const taxonomy = mestringTaxonomy(t.taxonomy);
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    description: '',
    ...(t.parentId ? { parent_id: t.parentId } : {}),
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    language: 'da',
  };
}
