import type { HsdsOrganizationsQuery, HsdsPage } from '../../contracts/hsds.js';
import type { PublicCtx } from '../../http/run-public.js';
import { buildOrganizations } from './hsds-graph.js';
import { hsdsPage, pageWindow } from './hsds-paging.js';
import { pageOfOrganizationIds } from './hsds-read-repository.js';

/** GET /api/hsds/organizations: public organizations, their own fields unless `full` (then nested; services full with `full_service`). */
export async function listHsdsOrganizations(ctx: PublicCtx, query: HsdsOrganizationsQuery): Promise<HsdsPage> {
  const { ids, total } = await pageOfOrganizationIds(ctx.trx, ctx.tenantId, query.search?.trim() || undefined, pageWindow(query.page, query.per_page));
  const organizations = await buildOrganizations(ctx, ids, query.full ? { full: true, services: query.full_service ? 'full' : 'compact' } : { full: false, services: 'none' });
  return hsdsPage(organizations, total, query.page, query.per_page);
}
