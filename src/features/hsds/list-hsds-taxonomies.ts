import type { HsdsPage, HsdsTaxonomiesQuery } from '../../contracts/hsds.js';
import type { PublicCtx } from '../../http/run-public.js';
import { taxonomyFields } from '../../interop/hsds/taxonomy-mapping.js';
import { ensureTaxonomiesInUse } from './ensure-taxonomies-in-use.js';
import { hsdsPage, pageWindow } from './hsds-paging.js';
import { pageOfTaxonomies } from './hsds-read-repository.js';

/** GET /api/hsds/taxonomies: the municipality's taxonomies, Mestring's own among them when its catalogue uses them. */
export async function listHsdsTaxonomies(ctx: PublicCtx, query: HsdsTaxonomiesQuery): Promise<HsdsPage> {
  await ensureTaxonomiesInUse(ctx);
  const { rows, total } = await pageOfTaxonomies(ctx.trx, ctx.tenantId, query.search?.trim() || undefined, pageWindow(query.page, query.per_page));
  return hsdsPage(rows.map(taxonomyFields), total, query.page, query.per_page);
}
