import type { PublicCtx } from '../../http/run-public.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import { notFound } from '../../platform/errors.js';
import { buildOrganizations } from './hsds-graph.js';

/** GET /api/hsds/organizations/{id}: a public organization with its locations and published services (fully nested with full_service). */
export async function getHsdsOrganization(ctx: PublicCtx, id: string, fullService: boolean): Promise<HsdsObject> {
  const [organization] = await buildOrganizations(ctx, [id], { full: true, services: fullService ? 'full' : 'compact' });
  if (!organization) throw notFound();
  return organization;
}
