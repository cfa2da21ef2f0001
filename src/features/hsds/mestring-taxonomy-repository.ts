import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { mestringTermObject, type MestringTaxonomy, type MestringTerm } from '../../interop/hsds/mestring-taxonomies.js';

/** The rows of Mestring's own taxonomies (origin 'mestring') in one municipality. */

export async function countExisting(trx: Tx, tenantId: string, taxonomyIds: string[], termIds: string[]): Promise<{ taxonomies: number; terms: number }> {
  const result = await sql<{ taxonomies: number; terms: number }>`
    SELECT (SELECT count(*)::int FROM taxonomy WHERE tenant_id = ${tenantId} AND taxonomy_id = ANY(${taxonomyIds}::uuid[])) AS taxonomies,
           (SELECT count(*)::int FROM taxonomy_term WHERE tenant_id = ${tenantId} AND term_id = ANY(${termIds}::uuid[])) AS terms`.execute(trx);
  return result.rows[0]!;
}

/** Writes the taxonomies and terms; a row already there is brought up to date (names may be improved between versions). */
export async function upsertMestringTaxonomies(trx: Tx, tenantId: string, taxonomies: readonly MestringTaxonomy[], terms: readonly MestringTerm[]): Promise<void> {
  if (taxonomies.length > 0) {
    await trx
      .insertInto('taxonomy')
      .values(taxonomies.map((t) => ({ tenant_id: tenantId, taxonomy_id: t.id, name: t.name, description: t.description, uri: t.uri, version: null, origin: 'mestring' as const, hsds_extra: '{}' })))
      .onConflict((oc) => oc.columns(['tenant_id', 'taxonomy_id']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), description: eb.ref('excluded.description'), uri: eb.ref('excluded.uri'), origin: eb.ref('excluded.origin') })))
      .execute();
  }
  if (terms.length > 0) {
    await trx
      .insertInto('taxonomy_term')
      .values(
        terms.map((t) => {
          const { id, code, name, description, parent_id, ...extra } = mestringTermObject(t);
          return { tenant_id: tenantId, term_id: t.id, taxonomy_id: extra.taxonomy_id as string, code: t.code, name: t.name, description: '', parent_id: t.parentId, term_uri: null, hsds_extra: JSON.stringify(extra) };
        }),
      )
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'term_id']).doUpdateSet((eb) => ({ taxonomy_id: eb.ref('excluded.taxonomy_id'), code: eb.ref('excluded.code'), name: eb.ref('excluded.name'), parent_id: eb.ref('excluded.parent_id'), hsds_extra: eb.ref('excluded.hsds_extra') })),
      )
      .execute();
  }
}

/**
 * Whether the municipality's published catalogue states any Mestring fact (then its taxonomies belong in the HSDS
 * API), and the legal bases its published offers name.
 */
export async function mestringFactsInUse(trx: Tx, tenantId: string): Promise<{ used: boolean; legalBases: string[] }> {
  const result = await sql<{ used: boolean; legal_bases: string[] }>`
    SELECT EXISTS (
             SELECT 1 FROM offer WHERE tenant_id = ${tenantId} AND lifecycle = 'published'
               AND (target_groups <> '{}' OR life_domains <> '{}' OR legal_basis IS NOT NULL OR offer_type IS NOT NULL OR accessibility <> '{}'
                    OR free_of_charge OR self_referral OR capacity_places IS NOT NULL OR capacity_free IS NOT NULL OR waiting_list IS NOT NULL
                    OR easy_read IS NOT NULL OR pictogram IS NOT NULL)
           ) OR EXISTS (SELECT 1 FROM location WHERE tenant_id = ${tenantId} AND accessibility <> '{}') AS used,
           ARRAY(SELECT DISTINCT legal_basis FROM offer WHERE tenant_id = ${tenantId} AND lifecycle = 'published' AND legal_basis IS NOT NULL ORDER BY 1) AS legal_bases`.execute(trx);
  const row = result.rows[0]!;
  return { used: row.used, legalBases: row.legal_bases };
}
