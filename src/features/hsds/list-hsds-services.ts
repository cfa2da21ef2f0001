import type { HsdsPage, HsdsServicesQuery } from '../../contracts/hsds.js';
import type { PublicCtx } from '../../http/run-public.js';
import { buildServices } from './hsds-graph.js';
import { hsdsPage, pageWindow } from './hsds-paging.js';
import { pageOfOfferIds } from './hsds-read-repository.js';
import { serviceFilter } from './hsds-service-filter.js';

/**
 * GET /api/hsds/services: published services, compact (with organization and program) unless `full`; `minimal`
 * gives each service's id, name, status and last_modified only (the fields the schema requires, and the one to sync on).
 */
export async function listHsdsServices(ctx: PublicCtx, query: HsdsServicesQuery): Promise<HsdsPage> {
  const filter = await serviceFilter(ctx, query);
  const { ids, total } = await pageOfOfferIds(ctx.trx, ctx.tenantId, filter, pageWindow(query.page, query.per_page));
  const services = await buildServices(ctx, ids, { full: query.full === true && query.minimal !== true, organization: query.full && !query.minimal ? 'full' : 'compact', serviceAtLocations: true });
  const contents = query.minimal ? services.map(({ id, name, status, last_modified }) => ({ id, name, status, last_modified })) : services;
  return hsdsPage(contents, total, query.page, query.per_page);
}
