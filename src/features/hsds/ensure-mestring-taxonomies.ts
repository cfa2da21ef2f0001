import type { Tx } from '../../platform/db/tenant-transaction.js';
import { fixedMestringTerms, legalBasisTerm, mestringTaxonomies } from '../../interop/hsds/mestring-taxonomies.js';
import { LEGAL_BASIS_MAX_LENGTH } from '../../interop/hsds/mestring-attributes.js';
import { countExisting, upsertMestringTaxonomies } from './mestring-taxonomy-repository.js';

/**
 * Makes Mestring's taxonomies and their terms rows of the municipality (origin 'mestring'), so /taxonomies and
 * /taxonomy_terms list them: the closed vocabularies whole, and a legal-basis term for each legal basis given.
 * Idempotent: when every row is there already it only counts them.
 */
export async function ensureMestringTaxonomies(trx: Tx, tenantId: string, legalBases: readonly string[] = []): Promise<void> {
  const legal = [...new Set(legalBases)].filter((code) => code.length >= 1 && code.length <= LEGAL_BASIS_MAX_LENGTH).map(legalBasisTerm);
  const terms = [...fixedMestringTerms, ...legal];
  const existing = await countExisting(trx, tenantId, mestringTaxonomies.map((t) => t.id), terms.map((t) => t.id));
  if (existing.taxonomies === mestringTaxonomies.length && existing.terms === terms.length) return;
  await upsertMestringTaxonomies(trx, tenantId, mestringTaxonomies, terms);
}
