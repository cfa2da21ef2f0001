import type { PublicCtx } from '../../http/run-public.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import { taxonomyFields } from '../../interop/hsds/taxonomy-mapping.js';
import { notFound } from '../../platform/errors.js';
import { ensureTaxonomiesInUse } from './ensure-taxonomies-in-use.js';
import { taxonomiesByIds } from './hsds-read-repository.js';

/** GET /api/hsds/taxonomies/{id}. */
export async function getHsdsTaxonomy(ctx: PublicCtx, id: string): Promise<HsdsObject> {
  await ensureTaxonomiesInUse(ctx);
  const [row] = await taxonomiesByIds(ctx.trx, ctx.tenantId, [id]);
  if (!row) throw notFound();
  return taxonomyFields(row);
}
