import type { GrantedService, RecordServiceBody } from '../../../contracts/granted-services.js';
import { copenhagenToday } from '../../../domain/copenhagen-time.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { checkDecisionInput, decisionColumns } from './check-decision.js';
import { findService, insertService, insertServiceVersion, lockCitizenForDecisions } from './granted-service-repository.js';
import { decisionSnapshot, presentGrantedService } from './present-granted-service.js';
import { authorizeServices } from './service-access.js';

/**
 * A case officer on the citizen's team records a decision on a service: what (a catalogue offer or a named
 * service), under which paragraph, from whom, where, for how long and at what price. The decision and its first
 * version are saved together; the access is audited in the same transaction.
 */
export async function recordGrantedService(ctx: Ctx, citizenId: string, input: RecordServiceBody): Promise<GrantedService> {
  const serviceId = newId();
  await authorizeServices(ctx, { citizenId, operation: 'create', serviceId, details: { offerId: input.offerId ?? null } });
  await lockCitizenForDecisions(ctx.trx, ctx.tenantId, citizenId);
  const decision = await checkDecisionInput(ctx, citizenId, input, null);
  await insertService(ctx.trx, {
    ...decisionColumns(decision),
    tenant_id: ctx.tenantId,
    service_id: serviceId,
    citizen_id: citizenId,
    cancelled_at: null,
    decided_by: ctx.actor.userId,
    version: 1,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  const saved = await findService(ctx.trx, ctx.tenantId, citizenId, serviceId);
  if (!saved) throw new AppError('internal');
  await insertServiceVersion(ctx.trx, { tenant_id: ctx.tenantId, service_id: serviceId, version: 1, snapshot: JSON.stringify(decisionSnapshot(saved)), changed_by: ctx.actor.userId, changed_at: ctx.now });
  return presentGrantedService(saved, copenhagenToday(ctx.now));
}
