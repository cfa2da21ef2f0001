import { AccessDenied } from '../../platform/access/authorize.js';
import { authorizeCitizen, type CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';

/** Enrolments are part of the work with the citizen: their access log says "to follow your course in an offer". */
export const ENROLMENT_PURPOSE = 'case-work';

/**
 * The gate to a citizen's enrolments (audited by authorizeCitizen; no relation answers 404).
 * Reading needs citizen.read and the citizen's own login or the team: the citizen sees where they are enrolled.
 * Starting and ending needs plan.write and the team, and a staff login: an enrolment is the municipality's record of
 * who is in which offer, kept by the support workers and case officers who work with the citizen (plan.write is
 * what they all have), not a decision on a service and its price (service.grant, case officers only) — a support
 * worker admitting a walk-in records it. The citizen, who also has plan.write for their own plan, does not.
 */
export async function authorizeEnrolments(ctx: Ctx, request: { citizenId: string; operation: 'list' | 'start' | 'end'; enrolmentId?: string; details?: Record<string, unknown> }): Promise<CitizenAccess> {
  const writes = request.operation !== 'list';
  const resourceType = request.operation === 'list' ? 'enrolment-list' : 'enrolment';
  if (writes && ctx.actor.kind !== 'staff') {
    // Audited as a denial like any other (runAsUser writes it), and answered 404 like a missing relation.
    throw new AccessDenied('hide', { action: 'plan.write', resourceType, resourceId: request.enrolmentId ?? request.citizenId, citizenId: null, purpose: ENROLMENT_PURPOSE, outcome: 'denied', bySubject: false, details: { operation: request.operation, reason: 'staff-only' } });
  }
  return authorizeCitizen(ctx, {
    citizenId: request.citizenId,
    action: writes ? 'plan.write' : 'citizen.read',
    purpose: ENROLMENT_PURPOSE,
    resourceType,
    resourceId: request.enrolmentId ?? request.citizenId,
    details: { operation: request.operation, ...request.details },
  });
}
