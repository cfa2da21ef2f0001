import type { Visit } from '../../contracts/reception.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { presentVisit } from './present-visit.js';
import { authorizeVisit, receptionPurpose } from './reception-access.js';
import { findVisit, updateVisitIfVersion } from './reception-repository.js';

/**
 * An anonymous visit turns out to be a known citizen's: it becomes part of their record. Only a worker of the centre
 * who may change that citizen's record can do it. The label and description that recognised the person leave the
 * visit (it no longer needs them) and are kept in the audit entry, which names both the visit and the citizen.
 */
export async function mergeVisit(ctx: Ctx, visitId: string, input: { citizenId: string }): Promise<Visit> {
  const visit = await authorizeVisit(ctx, visitId, 'merge', { citizenId: input.citizenId });
  if (visit.citizen_id !== null) throw new AppError('conflict', 'reception.already_merged');
  await authorizeCitizen(ctx, {
    citizenId: input.citizenId,
    action: 'citizen.update',
    purpose: receptionPurpose,
    resourceType: 'reception-visit',
    resourceId: visitId,
    details: { operation: 'merge', visitId, citizenId: input.citizenId, anonymousLabel: visit.anonymous_label, anonymousDescription: visit.anonymous_description },
  });
  const changes = { citizen_id: input.citizenId, anonymous_label: null, anonymous_description: null, merged_at: ctx.now, merged_by: ctx.actor.userId };
  if (!(await updateVisitIfVersion(ctx.trx, { tenantId: ctx.tenantId, visitId, version: visit.version }, changes))) throw new AppError('conflict', 'version.stale');
  return presentVisit((await findVisit(ctx.trx, ctx.tenantId, visitId))!, ctx.now);
}
