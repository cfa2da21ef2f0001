import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { afterCommit, withTenant } from '../../platform/db/tenant-transaction.js';
import { offerSearchAnswers } from '../offers/search-answer-cache.js';
import type { HsdsSource } from '../../interop/hsds/read-hsds-source.js';
import type { ImportProblem } from '../../interop/hsds/import-problem.js';
import { planImport, usesMestringFacts } from '../../interop/hsds/import-plan.js';
import { ensureMestringTaxonomies } from './ensure-mestring-taxonomies.js';
import { findExistingIds, replaceUnlinkedRows, writeImportPlan } from './hsds-import-repository.js';

export interface ImportHsdsInput {
  tenantId: string;
  source: HsdsSource;
  /** Import the valid rows and objects even when some are not valid (they are still reported). */
  skipInvalid: boolean;
  /** Imported offers stay drafts instead of being published. */
  draft: boolean;
  now: Date;
}

export interface ImportHsdsResult {
  /** False when problems stopped the import: nothing was written. */
  imported: boolean;
  problems: ImportProblem[];
  /** Rows or top-level objects left out. */
  skipped: number;
  counts: { services: number; organizations: number; locations: number; serviceAtLocations: number; schedules: number; taxonomies: number; taxonomyTerms: number; unlinkedRows: number };
}

/**
 * Imports HSDS data into one municipality: everything is validated and planned first, and then written in one
 * transaction inside the municipality (row-level security applies), so an import is whole or nothing. Objects
 * are kept under their HSDS ids, so importing the same data again updates it.
 */
export async function importHsds(db: Kysely<Database>, input: ImportHsdsInput): Promise<ImportHsdsResult> {
  return withTenant(db, input.tenantId, async (trx) => {
    // An import in the server's own process is seen by the next search; one from the command line when answers expire.
    afterCommit(trx, () => offerSearchAnswers.forget(input.tenantId));
    const { plan, problems: planProblems } = await planImport(input.source.units, (wanted) => findExistingIds(trx, input.tenantId, wanted));
    const problems = [...input.source.problems, ...planProblems];
    const skipped = new Set(problems.map((p) => `${p.file}\u0000${p.row}`)).size;
    const counts = {
      services: plan.offers.length,
      organizations: plan.organizations.length,
      locations: plan.locations.length,
      serviceAtLocations: plan.offerLocations.length,
      schedules: plan.schedules.length,
      taxonomies: plan.taxonomies.length,
      taxonomyTerms: plan.terms.length,
      unlinkedRows: input.source.unlinked.length,
    };
    if (problems.length > 0 && !input.skipInvalid) return { imported: false, problems, skipped, counts };
    if (usesMestringFacts(plan)) await ensureMestringTaxonomies(trx, input.tenantId, plan.legalBases);
    await writeImportPlan(trx, input.tenantId, plan, { lifecycle: input.draft ? 'draft' : 'published', now: input.now });
    if (input.source.packageIds.size > 0) await replaceUnlinkedRows(trx, input.tenantId, input.source.packageIds, input.source.unlinked, input.now);
    return { imported: true, problems, skipped, counts };
  });
}
