import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { withTenant } from '../../platform/db/tenant-transaction.js';
import { isMestringTaxonomyId } from '../../interop/hsds/mestring-taxonomies.js';
import { toTabular, type TabularTables } from '../../interop/hsds/tabular-export.js';
import { taxonomyFields, taxonomyTermFields } from '../../interop/hsds/taxonomy-mapping.js';
import type { HsdsObjectName } from '../../interop/hsds/hsds-validator.js';
import { ensureTaxonomiesInUse } from './ensure-taxonomies-in-use.js';
import { buildOrganizations } from './hsds-graph.js';
import { allPublicIds, allTaxonomies, allTerms, unlinkedRows } from './hsds-read-repository.js';

/**
 * The municipality's public catalogue as an HSDS tabular data package (file name → rows): what the HSDS API shows,
 * the taxonomies imported with it, Mestring's own taxonomy terms that its attributes use, and the rows an earlier
 * import of a package could not attach to anything. A package imported into an empty municipality exports back
 * as it came.
 */
export async function exportHsdsTabular(db: Kysely<Database>, tenantId: string, now: Date): Promise<TabularTables> {
  return withTenant(db, tenantId, async (trx) => {
    const ctx = { trx, tenantId, now };
    await ensureTaxonomiesInUse(ctx);
    const { organizationIds } = await allPublicIds(trx, tenantId);
    const organizations = await buildOrganizations(ctx, organizationIds, { full: true, services: 'full' });
    const taxonomyRows = await allTaxonomies(trx, tenantId);
    const taxonomies = new Map(taxonomyRows.map((t) => [t.taxonomy_id, t]));
    const terms = (await allTerms(trx, tenantId)).map((row) => ({ row, object: taxonomyTermFields(row, row.taxonomy_id ? taxonomies.get(row.taxonomy_id) : undefined) }));
    const unlinked = (await unlinkedRows(trx, tenantId)).map((r) => ({ table: r.table_name as HsdsObjectName, row: r.row_data }));
    const tables = toTabular({ organizations, taxonomies: taxonomyRows.map(taxonomyFields), terms: terms.map((t) => t.object), unlinked });

    // Mestring's own terms and taxonomies only as far as the exported attributes use them.
    const used = new Set((tables['attributes.csv'] ?? []).map((a) => String(a.taxonomy_term_id)));
    const mestringTerm = new Map(terms.filter((t) => t.row.taxonomy_id && isMestringTaxonomyId(t.row.taxonomy_id)).map((t) => [t.row.term_id, t.row.taxonomy_id!]));
    const usedTaxonomies = new Set([...mestringTerm].filter(([id]) => used.has(id)).map(([, taxonomy]) => taxonomy));
    tables['taxonomy_terms.csv'] = (tables['taxonomy_terms.csv'] ?? []).filter((t) => !mestringTerm.has(String(t.id)) || used.has(String(t.id)));
    tables['taxonomies.csv'] = (tables['taxonomies.csv'] ?? []).filter((t) => !isMestringTaxonomyId(String(t.id)) || usedTaxonomies.has(String(t.id)));
    return tables;
  });
}
