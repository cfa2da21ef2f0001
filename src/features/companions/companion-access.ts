import type { CompanionSide } from '../../domain/companion-state.js';
import { rolesAllow } from '../../domain/roles.js';
import { AccessDenied, authorize } from '../../platform/access/authorize.js';
import { citizenAccessFor, type CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';

/** Companion requests are read and changed to get a citizen to an activity with a volunteer. */
export const COMPANION_PURPOSE = 'companion-coordination';

/**
 * The part of the plan a relative's consent must cover to ask for a companion on the citizen's behalf: activities are
 * the citizen's leisure life, so a citizen who shares it with a relative lets them arrange a trip to it.
 */
export const RELATIVE_CONSENT_PART = 'domain:leisure';

/**
 * The citizen's side of a request: the citizen themself, a worker on their team, or a relative the citizen shares
 * their leisure life with. Anyone else — a volunteer, staff outside the team, a relative without that consent —
 * gets 404, audited like every other denial.
 */
export async function authorizeCitizenSide(ctx: Ctx, citizenId: string, resourceId: string, details: Record<string, unknown>): Promise<CitizenAccess> {
  const access = await citizenAccessFor(ctx, citizenId);
  const base = { action: 'companion.request' as const, resourceType: 'companion-request', resourceId, purpose: COMPANION_PURPOSE, details };
  if (!access) throw new AccessDenied('hide', { ...base, citizenId: null, outcome: 'denied', details: { ...details, reason: 'unknown-citizen' } });
  const consented = access.relation === 'relative' && access.visibleParts.has(RELATIVE_CONSENT_PART);
  await authorize(ctx, { ...base, citizenId, relation: access.relation, consented });
  return access;
}

/**
 * The gate for one request, and the side the actor is on: the coordinator sees every request (the trip's data, never
 * the plan), the volunteer only the ones assigned to them, and the citizen's side their own. The request's existence
 * is not revealed to anyone else (404).
 */
export async function authorizeCompanion(
  ctx: Ctx,
  row: { request_id: string; citizen_id: string; volunteer_user_id: string | null },
  operation: string,
): Promise<{ sides: Set<CompanionSide>; relation: CitizenAccess['relation'] | null }> {
  const entry = { resourceType: 'companion-request', resourceId: row.request_id, citizenId: row.citizen_id, purpose: COMPANION_PURPOSE, details: { operation } };
  if (rolesAllow(ctx.actor.roles, 'companion.coordinate')) {
    await authorize(ctx, { ...entry, action: 'companion.coordinate' });
    return { sides: new Set(['coordinator']), relation: null };
  }
  if (row.volunteer_user_id === ctx.actor.userId && rolesAllow(ctx.actor.roles, 'companion.accompany')) {
    await authorize(ctx, { ...entry, action: 'companion.accompany' });
    return { sides: new Set(['volunteer']), relation: null };
  }
  const access = await authorizeCitizenSide(ctx, row.citizen_id, row.request_id, { operation });
  return { sides: new Set(['citizen']), relation: access.relation };
}
