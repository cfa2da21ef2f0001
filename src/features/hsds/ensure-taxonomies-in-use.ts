import type { Tx } from '../../platform/db/tenant-transaction.js';
import { ensureMestringTaxonomies } from './ensure-mestring-taxonomies.js';
import { mestringFactsInUse } from './mestring-taxonomy-repository.js';

/**
 * Mestring's taxonomies become rows of a municipality once its published catalogue states a Mestring fact (an
 * offer made in Mestring, or imported with Mestring's attributes), so the taxonomy endpoints list what the
 * services' attributes point to. A municipality with only imported data of other taxonomies lists just those.
 */
export async function ensureTaxonomiesInUse(ctx: { trx: Tx; tenantId: string }): Promise<void> {
  const inUse = await mestringFactsInUse(ctx.trx, ctx.tenantId);
  if (inUse.used) await ensureMestringTaxonomies(ctx.trx, ctx.tenantId, inUse.legalBases);
}
