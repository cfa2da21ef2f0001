import { authorizeCitizen, type CitizenAccess } from '../../../platform/access/citizen-access.js';
import type { Ctx } from '../../../platform/context.js';

/** Decisions on services are case work: the citizen's access log says "to handle your case". */
export const SERVICE_PURPOSE = 'case-work';

/**
 * The gate to a citizen's decisions on services (audited by authorizeCitizen). Only a case officer on the citizen's
 * team passes (service.read to read, service.grant to write): support workers carry out the support but do not see
 * what it costs, finance staff and politicians see costs only through the finance reports, never one citizen's
 * decisions here. Everyone else gets 404.
 */
export async function authorizeServices(
  ctx: Ctx,
  request: { citizenId: string; operation: 'create' | 'update' | 'cancel' | 'list' | 'history'; serviceId?: string; details?: Record<string, unknown> },
): Promise<CitizenAccess> {
  const writes = request.operation === 'create' || request.operation === 'update' || request.operation === 'cancel';
  return authorizeCitizen(ctx, {
    citizenId: request.citizenId,
    action: writes ? 'service.grant' : 'service.read',
    purpose: SERVICE_PURPOSE,
    resourceType: request.operation === 'list' ? 'granted-service-list' : 'granted-service',
    resourceId: request.serviceId ?? request.citizenId,
    details: { operation: request.operation, ...request.details },
  });
}
