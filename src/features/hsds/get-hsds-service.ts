import type { PublicCtx } from '../../http/run-public.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import { notFound } from '../../platform/errors.js';
import { buildServices } from './hsds-graph.js';

/** GET /api/hsds/services/{id}: a published service, fully nested. */
export async function getHsdsService(ctx: PublicCtx, id: string): Promise<HsdsObject> {
  const [service] = await buildServices(ctx, [id], { full: true, organization: 'full', serviceAtLocations: true });
  if (!service) throw notFound();
  return service;
}
