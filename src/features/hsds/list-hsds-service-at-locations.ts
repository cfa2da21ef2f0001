import type { HsdsPage, HsdsServiceAtLocationsQuery } from '../../contracts/hsds.js';
import type { PublicCtx } from '../../http/run-public.js';
import { resolveNear } from '../../domain/geo.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessage } from '../../platform/i18n/server-messages.js';
import { buildServiceAtLocations } from './hsds-graph.js';
import { hsdsPage, pageWindow } from './hsds-paging.js';
import { pageOfOfferLocationIds } from './hsds-read-repository.js';
import { serviceFilter } from './hsds-service-filter.js';

/**
 * GET /api/hsds/service_at_locations: where published services are given. `postcode` alone keeps locations with
 * that postcode; with `proximity` (metres) it keeps locations within that distance of the Danish postcode's centre.
 */
export async function listHsdsServiceAtLocations(ctx: PublicCtx, query: HsdsServiceAtLocationsQuery): Promise<HsdsPage> {
  const filter = await serviceFilter(ctx, query);
  let near: { latitude: number; longitude: number; meters: number } | undefined;
  if (query.proximity !== undefined && query.postcode !== undefined) {
    const centre = /^\d{4}$/.test(query.postcode.trim()) ? resolveNear(query.postcode.trim()) : null;
    if (!centre) throw new AppError('validation_failed', undefined, [{ path: 'postcode', message: fieldMessage(ctx.language, 'hsds.postcode_unknown') }]);
    near = { latitude: centre.latitude, longitude: centre.longitude, meters: query.proximity };
  }
  const { ids, total } = await pageOfOfferLocationIds(ctx.trx, ctx.tenantId, filter, { postcode: query.postcode?.trim(), near }, pageWindow(query.page, query.per_page));
  return hsdsPage(await buildServiceAtLocations(ctx, ids, query.full === true), total, query.page, query.per_page);
}
