import { authorize } from '../../platform/access/authorize.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';

/** Why the coordinator reads volunteers' and applicants' data: to coordinate the volunteering. */
export const VOLUNTEER_PURPOSE = 'volunteer-coordination';

/**
 * The coordinator's gate (volunteer.manage), audited in the same transaction. Anyone else gets 403: the coordinator's
 * pages are a function of the role, and whether a volunteer exists is no secret from staff.
 */
export async function authorizeCoordinator(ctx: Ctx, request: { resourceType: string; resourceId?: string | null; details?: Record<string, unknown> }): Promise<void> {
  await authorize(ctx, { action: 'volunteer.manage', purpose: VOLUNTEER_PURPOSE, resourceType: request.resourceType, resourceId: request.resourceId ?? null, details: request.details ?? {} });
}

/**
 * One audit entry per person whose data a list showed (a volunteer or an applicant), as the referral lists do for
 * citizens: "who saw my data" can then be answered per person, not only per list.
 */
export async function auditListed(ctx: Ctx, resourceType: 'volunteer' | 'volunteer-application', ids: readonly string[]): Promise<void> {
  for (const id of new Set(ids)) {
    await recordAudit(ctx, { action: 'volunteer.manage', resourceType, resourceId: id, purpose: VOLUNTEER_PURPOSE, outcome: 'allowed', details: { listed: true } });
  }
}
