import type { HsdsPage, HsdsTaxonomyTermsQuery } from '../../contracts/hsds.js';
import type { PublicCtx } from '../../http/run-public.js';
import { taxonomyTermFields } from '../../interop/hsds/taxonomy-mapping.js';
import { ensureTaxonomiesInUse } from './ensure-taxonomies-in-use.js';
import { hsdsPage, pageWindow } from './hsds-paging.js';
import { pageOfTerms, taxonomiesByIds, type TermHsdsRow } from './hsds-read-repository.js';

/** The HSDS objects of these terms, each with its taxonomy's current row as taxonomy_detail when it came with one. */
export async function termObjects(ctx: PublicCtx, rows: TermHsdsRow[]) {
  const taxonomyIds = [...new Set(rows.map((r) => r.taxonomy_id).filter((id): id is string => id !== null))];
  const taxonomies = new Map((await taxonomiesByIds(ctx.trx, ctx.tenantId, taxonomyIds)).map((t) => [t.taxonomy_id, t]));
  return rows.map((row) => taxonomyTermFields(row, row.taxonomy_id ? taxonomies.get(row.taxonomy_id) : undefined));
}

/** GET /api/hsds/taxonomy_terms: the municipality's taxonomy terms; `top_only` keeps those without a parent term. */
export async function listHsdsTaxonomyTerms(ctx: PublicCtx, query: HsdsTaxonomyTermsQuery): Promise<HsdsPage> {
  await ensureTaxonomiesInUse(ctx);
  const filter = { search: query.search?.trim() || undefined, taxonomyId: query.taxonomy_id, parentId: query.parent_id, topOnly: query.top_only };
  const { rows, total } = await pageOfTerms(ctx.trx, ctx.tenantId, filter, pageWindow(query.page, query.per_page));
  return hsdsPage(await termObjects(ctx, rows), total, query.page, query.per_page);
}
