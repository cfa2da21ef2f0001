import type { PublicCtx } from '../../http/run-public.js';
import { taxonomyFilter, termFilter } from '../../interop/hsds/taxonomy-filters.js';
import { publishedLegalBases, termIdsOfTaxonomy, type ServiceFilter } from './hsds-read-repository.js';

export interface ServiceFilterQuery {
  search?: string | undefined;
  taxonomy_term_id?: string | undefined;
  taxonomy_id?: string | undefined;
  organization_id?: string | undefined;
  modified_after?: Date | undefined;
}

/** The HSDS API's filters on services, with taxonomy terms and taxonomies turned into conditions on offers. */
export async function serviceFilter(ctx: PublicCtx, query: ServiceFilterQuery): Promise<ServiceFilter> {
  const conditions = [];
  if (query.taxonomy_term_id) conditions.push(termFilter(query.taxonomy_term_id, await publishedLegalBases(ctx.trx, ctx.tenantId)));
  if (query.taxonomy_id) conditions.push(taxonomyFilter(query.taxonomy_id, await termIdsOfTaxonomy(ctx.trx, ctx.tenantId, query.taxonomy_id)));
  return { search: query.search?.trim() || undefined, organizationId: query.organization_id, modifiedAfter: query.modified_after, conditions };
}
