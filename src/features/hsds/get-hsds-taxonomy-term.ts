import type { PublicCtx } from '../../http/run-public.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import { notFound } from '../../platform/errors.js';
import { ensureTaxonomiesInUse } from './ensure-taxonomies-in-use.js';
import { termsByIds } from './hsds-read-repository.js';
import { termObjects } from './list-hsds-taxonomy-terms.js';

/** GET /api/hsds/taxonomy_terms/{id}. */
export async function getHsdsTaxonomyTerm(ctx: PublicCtx, id: string): Promise<HsdsObject> {
  await ensureTaxonomiesInUse(ctx);
  const [term] = await termObjects(ctx, await termsByIds(ctx.trx, ctx.tenantId, [id]));
  if (!term) throw notFound();
  return term;
}
