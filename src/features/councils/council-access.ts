import { rolesAllow, type Permission } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import type { Ctx } from '../../platform/context.js';

/** Councils and hearings are the municipality's own business, not a citizen's: the access log names this purpose. */
export const COUNCIL_PURPOSE = 'councils';

interface Entry {
  resourceType: 'council' | 'council-member' | 'council-meeting' | 'hearing';
  resourceId?: string | null;
  details?: Record<string, unknown>;
}

/** A role-only gate: audited; without the permission, 403. */
export async function authorizeCouncils(ctx: Ctx, action: Permission, entry: Entry): Promise<void> {
  await authorize(ctx, { action, purpose: COUNCIL_PURPOSE, ...entry });
}

/**
 * A hearing the reader may not see or answer because they do not sit on its council: 404 (audited after the
 * rollback), as for a hearing that does not exist — a council member of Udsatterådet learns nothing about
 * Handicaprådet's hearings.
 */
export function notOnCouncil(action: Permission, hearingId: string, councilId: string, operation: string): AccessDenied {
  return new AccessDenied('hide', {
    action,
    resourceType: 'hearing',
    resourceId: hearingId,
    citizenId: null,
    purpose: COUNCIL_PURPOSE,
    outcome: 'denied',
    details: { operation, councilId, reason: 'not-on-council' },
  });
}

export const canManage = (ctx: Ctx) => rolesAllow(ctx.actor.roles, 'council.manage');
export const canAnswer = (ctx: Ctx) => rolesAllow(ctx.actor.roles, 'hearing.answer');
