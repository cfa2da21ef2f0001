import { fixedMestringTermById, fixedMestringTerms, legalBasisTerm, mestringTaxonomies, type MestringTaxonomyKey, type MestringTerm } from './mestring-taxonomies.js';

/**
 * The HSDS API's `taxonomy_term_id` and `taxonomy_id` filters as conditions on offers. A term of Mestring's own
 * taxonomies is a column (the columns are what Mestring knows, decision 0005); any other term is looked for in the
 * attributes the offer came with.
 */
export type ServiceCondition =
  | { kind: 'contains'; column: 'target_groups' | 'life_domains' | 'accessibility'; code: string }
  | { kind: 'not-empty'; column: 'target_groups' | 'life_domains' | 'accessibility' }
  | { kind: 'equals'; column: 'legal_basis' | 'offer_type'; value: string }
  | { kind: 'present'; column: 'legal_basis' | 'offer_type' | 'capacity_places' | 'capacity_free' | 'waiting_list' | 'easy_read' | 'pictogram' }
  | { kind: 'flag'; column: 'free_of_charge' | 'self_referral' }
  | { kind: 'attribute'; termIds: string[]; taxonomyId: string | null }
  | { kind: 'any'; of: ServiceCondition[] };

const arrayColumn: Partial<Record<MestringTaxonomyKey, 'target_groups' | 'life_domains' | 'accessibility'>> = {
  'target-group': 'target_groups',
  'life-domain': 'life_domains',
  accessibility: 'accessibility',
};

function termCondition(term: MestringTerm): ServiceCondition {
  const column = arrayColumn[term.taxonomy];
  if (column) return { kind: 'contains', column, code: term.code };
  if (term.taxonomy === 'offer-type') return { kind: 'equals', column: 'offer_type', value: term.code };
  if (term.taxonomy === 'legal-basis') return { kind: 'equals', column: 'legal_basis', value: term.code };
  switch (term.code) {
    case 'free-of-charge':
      return { kind: 'flag', column: 'free_of_charge' };
    case 'self-referral':
      return { kind: 'flag', column: 'self_referral' };
    case 'capacity-places':
      return { kind: 'present', column: 'capacity_places' };
    case 'capacity-free':
      return { kind: 'present', column: 'capacity_free' };
    case 'waiting-list':
      return { kind: 'present', column: 'waiting_list' };
    case 'easy-read':
      return { kind: 'present', column: 'easy_read' };
    default:
      return { kind: 'present', column: 'pictogram' };
  }
}

/** Offers with this term: `legalBases` are the legal bases in use, whose terms are name-based ids of their text. */
export function termFilter(termId: string, legalBases: readonly string[]): ServiceCondition {
  const fixed = fixedMestringTermById(termId);
  if (fixed) return termCondition(fixed);
  const legal = legalBases.find((code) => legalBasisTerm(code).id === termId);
  if (legal !== undefined) return termCondition(legalBasisTerm(legal));
  return { kind: 'attribute', termIds: [termId], taxonomyId: null };
}

/** Offers with any term of this taxonomy: `termIds` are its terms the municipality has as rows. */
export function taxonomyFilter(taxonomyId: string, termIds: readonly string[]): ServiceCondition {
  const mestring = mestringTaxonomies.find((t) => t.id === taxonomyId);
  if (!mestring) return { kind: 'attribute', termIds: [...termIds], taxonomyId };
  const column = arrayColumn[mestring.key];
  if (column) return { kind: 'not-empty', column };
  if (mestring.key === 'offer-type') return { kind: 'present', column: 'offer_type' };
  if (mestring.key === 'legal-basis') return { kind: 'present', column: 'legal_basis' };
  return { kind: 'any', of: fixedMestringTerms.filter((t) => t.taxonomy === 'offer-conditions').map(termCondition) };
}
