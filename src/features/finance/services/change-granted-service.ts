import type { ChangeServiceBody, GrantedService } from '../../../contracts/granted-services.js';
import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { checkDecisionInput, decisionColumns, decisionOfRow } from './check-decision.js';
import { findService, insertServiceVersion, lockCitizenForDecisions, updateServiceIfVersion } from './granted-service-repository.js';
import { decisionSnapshot, presentGrantedService } from './present-granted-service.js';
import { serviceFieldError } from './service-messages.js';
import { authorizeServices } from './service-access.js';

/**
 * Changes a decision (a new price, an end date, another provider). The change is made on the version the case
 * officer read: on an older one nothing is saved (409). A withdrawn decision cannot be changed. Every save is a new
 * version in the history.
 */
export async function changeGrantedService(ctx: Ctx, citizenId: string, serviceId: string, input: ChangeServiceBody): Promise<GrantedService> {
  const { version, ...fields } = input;
  await authorizeServices(ctx, { citizenId, operation: 'update', serviceId, details: { fields: Object.keys(fields) } });
  await lockCitizenForDecisions(ctx.trx, ctx.tenantId, citizenId);
  const existing = await findService(ctx.trx, ctx.tenantId, citizenId, serviceId);
  if (!existing) throw new AppError('not_found');
  if (existing.version !== version) throw new AppError('conflict', 'version.stale');
  if (existing.cancelled_at !== null) throw serviceFieldError('conflict', ctx.language, 'version', 'cancelled');
  const decision = await checkDecisionInput(ctx, citizenId, fields, { serviceId, decision: decisionOfRow(existing) });
  const saved = await updateServiceIfVersion(ctx.trx, { tenantId: ctx.tenantId, serviceId, version }, decisionColumns(decision), ctx.now);
  if (saved === undefined) throw new AppError('conflict', 'version.stale');
  const updated = await findService(ctx.trx, ctx.tenantId, citizenId, serviceId);
  if (!updated) throw new AppError('internal');
  await insertServiceVersion(ctx.trx, { tenant_id: ctx.tenantId, service_id: serviceId, version: saved, snapshot: JSON.stringify(decisionSnapshot(updated)), changed_by: ctx.actor.userId, changed_at: ctx.now });
  return presentGrantedService(updated, copenhagenToday(ctx.now));
}
