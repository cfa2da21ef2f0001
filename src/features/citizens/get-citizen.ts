import type { CitizenRecord } from '../../contracts/citizens.js';
import { rolesAllow } from '../../domain/roles.js';
import { authorizeCitizen } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { loadCitizenRecord } from './present-citizen.js';

/**
 * The citizen's record: the team and the citizen themselves. Only a case officer can be allowed with the
 * CPR permission (always through the team), so the audit entry can say up front how much of the number is shown.
 */
export async function getCitizen(ctx: Ctx, cpr: CprProtection, citizenId: string): Promise<CitizenRecord> {
  const cprShown = rolesAllow(ctx.actor.roles, 'citizen.read-cpr') ? 'full' : 'masked';
  const purpose = ctx.actor.kind === 'staff' ? 'case-work' : 'self-service';
  const access = await authorizeCitizen(ctx, { citizenId, action: 'citizen.read', purpose, resourceType: 'citizen', details: { cprShown } });
  return loadCitizenRecord(ctx, cpr, access, citizenId);
}
