import type { PublicCtx } from '../../http/run-public.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import { notFound } from '../../platform/errors.js';
import { buildServiceAtLocations } from './hsds-graph.js';

/** GET /api/hsds/service_at_locations/{id}: where a published service is given, fully nested. */
export async function getHsdsServiceAtLocation(ctx: PublicCtx, id: string): Promise<HsdsObject> {
  const [serviceAtLocation] = await buildServiceAtLocations(ctx, [id], true);
  if (!serviceAtLocation) throw notFound();
  return serviceAtLocation;
}
