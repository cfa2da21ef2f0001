import { mestringId } from './name-based-id.js';
import {
  fixedMestringTermById,
  legalBasisTerm,
  mestringTaxonomyId,
  mestringTerm,
  mestringTermObject,
  offerConditions,
  type MestringTaxonomyKey,
  type OfferCondition,
} from './mestring-taxonomies.js';

/**
 * Mestring's facts ↔ HSDS attributes. On import, an attribute of a Mestring taxonomy that Mestring understands fills
 * a column; every attribute is also kept as it came. On export the columns win: a kept attribute whose fact the
 * columns no longer hold is left out, and a fact the columns hold that no kept attribute says is added.
 */
export interface MestringFact {
  taxonomy: MestringTaxonomyKey;
  code: string;
  /** Valued conditions only: the number or text, as HSDS attribute values are strings. */
  value?: string;
}

/** The columns of an offer that Mestring's attributes carry. */
export interface OfferFactColumns {
  target_groups: string[];
  life_domains: string[];
  legal_basis: string | null;
  offer_type: string | null;
  accessibility: string[];
  free_of_charge: boolean;
  self_referral: boolean;
  capacity_places: number | null;
  capacity_free: number | null;
  waiting_list: number | null;
  easy_read: string | null;
  pictogram: string | null;
}

/** What the taxonomy_term of an attribute may tell, from the attribute itself or from the terms the import knows. */
export type TermLookup = (termId: string) => Record<string, unknown> | undefined;

const offerTaxonomies: ReadonlySet<MestringTaxonomyKey> = new Set(['target-group', 'life-domain', 'legal-basis', 'offer-type', 'accessibility', 'offer-conditions']);
const locationTaxonomies: ReadonlySet<MestringTaxonomyKey> = new Set(['accessibility']);
export const LEGAL_BASIS_MAX_LENGTH = 100;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const factKey = (f: MestringFact) => `${f.taxonomy}/${f.code}${f.value === undefined ? '' : `=${f.value}`}`;

function understandCondition(code: OfferCondition, value: unknown): MestringFact | undefined {
  if (!offerConditions[code].valued) return value === undefined || value === 'true' ? { taxonomy: 'offer-conditions', code } : undefined;
  if (typeof value !== 'string') return undefined;
  if (code === 'easy-read') return value.length >= 1 && value.length <= 4000 ? { taxonomy: 'offer-conditions', code, value } : undefined;
  if (code === 'pictogram') return value.length >= 1 && value.length <= 100 ? { taxonomy: 'offer-conditions', code, value } : undefined;
  return /^\d{1,9}$/.test(value) ? { taxonomy: 'offer-conditions', code, value: String(Number(value)) } : undefined;
}

function termIdOf(attribute: Record<string, unknown>): string | undefined {
  if (typeof attribute.taxonomy_term_id === 'string') return attribute.taxonomy_term_id.toLowerCase();
  const nested = attribute.taxonomy_term;
  return isObject(nested) && typeof nested.id === 'string' ? nested.id.toLowerCase() : undefined;
}

/** The Mestring fact an attribute states, if it is one Mestring understands for this kind of object. */
export function understandAttribute(attribute: unknown, owned: ReadonlySet<MestringTaxonomyKey>, lookup?: TermLookup): MestringFact | undefined {
  if (!isObject(attribute)) return undefined;
  const termId = termIdOf(attribute);
  if (!termId) return undefined;
  const fixed = fixedMestringTermById(termId);
  if (fixed) {
    if (!owned.has(fixed.taxonomy)) return undefined;
    return fixed.taxonomy === 'offer-conditions' ? understandCondition(fixed.code as OfferCondition, attribute.value) : { taxonomy: fixed.taxonomy, code: fixed.code };
  }
  if (!owned.has('legal-basis')) return undefined;
  // Legal bases are an open vocabulary: the term is Mestring's when its id is the name-based id of its code.
  const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : lookup?.(termId);
  if (!term || typeof term.code !== 'string' || term.code.length < 1 || term.code.length > LEGAL_BASIS_MAX_LENGTH) return undefined;
  const detail = isObject(term.taxonomy_detail) ? term.taxonomy_detail : undefined;
  const taxonomyId = typeof term.taxonomy_id === 'string' ? term.taxonomy_id : typeof detail?.id === 'string' ? detail.id : undefined;
  if (taxonomyId?.toLowerCase() !== mestringTaxonomyId('legal-basis') || legalBasisTerm(term.code).id !== termId) return undefined;
  return { taxonomy: 'legal-basis', code: term.code };
}

const unique = (values: string[]) => [...new Set(values)];

/** The offer's columns from the facts its attributes state; single-valued facts take the first. */
export function offerFactColumns(attributes: readonly unknown[], lookup?: TermLookup): OfferFactColumns {
  const facts = attributes.map((a) => understandAttribute(a, offerTaxonomies, lookup)).filter((f): f is MestringFact => f !== undefined);
  const codes = (taxonomy: MestringTaxonomyKey) => unique(facts.filter((f) => f.taxonomy === taxonomy).map((f) => f.code));
  const condition = (code: OfferCondition) => facts.find((f) => f.taxonomy === 'offer-conditions' && f.code === code);
  const count = (code: OfferCondition) => {
    const fact = condition(code);
    return fact?.value === undefined ? null : Number(fact.value);
  };
  return {
    target_groups: codes('target-group'),
    life_domains: codes('life-domain'),
    legal_basis: codes('legal-basis')[0] ?? null,
    offer_type: codes('offer-type')[0] ?? null,
    accessibility: codes('accessibility'),
    free_of_charge: condition('free-of-charge') !== undefined,
    self_referral: condition('self-referral') !== undefined,
    capacity_places: count('capacity-places'),
    capacity_free: count('capacity-free'),
    waiting_list: count('waiting-list'),
    easy_read: condition('easy-read')?.value ?? null,
    pictogram: condition('pictogram')?.value ?? null,
  };
}

/** A location's accessibility features from its attributes. */
export function locationAccessibility(attributes: readonly unknown[], lookup?: TermLookup): string[] {
  return unique(attributes.map((a) => understandAttribute(a, locationTaxonomies, lookup)).filter((f): f is MestringFact => f?.taxonomy === 'accessibility').map((f) => f.code));
}

/** The facts an offer's columns hold, in a stable order. */
export function offerFacts(columns: OfferFactColumns): MestringFact[] {
  const facts: MestringFact[] = [
    ...columns.target_groups.map((code) => ({ taxonomy: 'target-group' as const, code })),
    ...columns.life_domains.map((code) => ({ taxonomy: 'life-domain' as const, code })),
    ...(columns.legal_basis ? [{ taxonomy: 'legal-basis' as const, code: columns.legal_basis }] : []),
    ...(columns.offer_type ? [{ taxonomy: 'offer-type' as const, code: columns.offer_type }] : []),
    ...columns.accessibility.map((code) => ({ taxonomy: 'accessibility' as const, code })),
  ];
  const condition = (code: OfferCondition, value?: string) => facts.push({ taxonomy: 'offer-conditions', code, ...(value === undefined ? {} : { value }) });
  if (columns.free_of_charge) condition('free-of-charge');
  if (columns.self_referral) condition('self-referral');
  if (columns.capacity_places !== null) condition('capacity-places', String(columns.capacity_places));
  if (columns.capacity_free !== null) condition('capacity-free', String(columns.capacity_free));
  if (columns.waiting_list !== null) condition('waiting-list', String(columns.waiting_list));
  if (columns.easy_read) condition('easy-read', columns.easy_read);
  if (columns.pictogram) condition('pictogram', columns.pictogram);
  return facts;
}

export const locationFacts = (accessibility: readonly string[]): MestringFact[] => accessibility.map((code) => ({ taxonomy: 'accessibility', code }));

/** The attribute Mestring writes for a fact of the object `linkId` (an HSDS `link_entity` such as "service"). */
export function factAttribute(fact: MestringFact, linkId: string, linkEntity: string): Record<string, unknown> {
  const term = mestringTerm(fact.taxonomy, fact.code);
  return {
    id: mestringId(`attribute/${linkId}/${term.id}`),
    link_id: linkId,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: mestringTermObject(term),
    ...(fact.value === undefined ? {} : { value: fact.value }),
  };
}

/**
 * The attributes to export: those that came, less the Mestring ones the columns contradict, plus the facts no
 * attribute states yet. An import exports back exactly when nothing changed in Mestring since.
 */
export function reconcileAttributes(came: readonly unknown[], desired: readonly MestringFact[], link: { id: string; entity: 'service' | 'location' }): unknown[] {
  const owned = link.entity === 'service' ? offerTaxonomies : locationTaxonomies;
  const wanted = new Set(desired.map(factKey));
  const stated = new Set<string>();
  const result: unknown[] = [];
  for (const attribute of came) {
    const fact = understandAttribute(attribute, owned);
    if (fact === undefined) {
      // A legal-basis attribute without its term (tabular data) is recognised by the id of the wanted term.
      const legal = desired.find((f) => f.taxonomy === 'legal-basis');
      if (legal && isObject(attribute) && termIdOf(attribute) === legalBasisTerm(legal.code).id) stated.add(factKey(legal));
      result.push(attribute);
    } else if (wanted.has(factKey(fact))) {
      stated.add(factKey(fact));
      result.push(attribute);
    }
  }
  for (const fact of desired) {
    if (stated.has(factKey(fact))) continue;
    stated.add(factKey(fact));
    result.push(factAttribute(fact, link.id, link.entity));
  }
  return result;
}
