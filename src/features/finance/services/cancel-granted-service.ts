import type { CancelServiceBody, GrantedService } from '../../../contracts/granted-services.js';
import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { findService, insertServiceVersion, updateServiceIfVersion } from './granted-service-repository.js';
import { decisionSnapshot, presentGrantedService } from './present-granted-service.js';
import { serviceFieldError } from './service-messages.js';
import { authorizeServices } from './service-access.js';

/**
 * Withdraws a decision that should never have been (made in error, or a complaint upheld): it stays on record with
 * its history but costs nothing in any year. A decision that simply ends gets an end date instead.
 */
export async function cancelGrantedService(ctx: Ctx, citizenId: string, serviceId: string, input: CancelServiceBody): Promise<GrantedService> {
  await authorizeServices(ctx, { citizenId, operation: 'cancel', serviceId });
  const existing = await findService(ctx.trx, ctx.tenantId, citizenId, serviceId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== input.version) throw new AppError('conflict', 'version.stale');
  if (existing.cancelled_at !== null) throw serviceFieldError('conflict', ctx.language, 'version', 'cancelled');
  const saved = await updateServiceIfVersion(ctx.trx, { tenantId: ctx.tenantId, serviceId, version: input.version }, { cancelled_at: ctx.now }, ctx.now);
  if (saved === undefined) throw new AppError('conflict', 'version.stale');
  const updated = await findService(ctx.trx, ctx.tenantId, citizenId, serviceId);
  if (!updated) throw new AppError('internal');
  await insertServiceVersion(ctx.trx, { tenant_id: ctx.tenantId, service_id: serviceId, version: saved, snapshot: JSON.stringify(decisionSnapshot(updated)), changed_by: ctx.actor.userId, changed_at: ctx.now });
  return presentGrantedService(updated, copenhagenToday(ctx.now));
}
