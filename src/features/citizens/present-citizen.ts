import type { CitizenRecord } from '../../contracts/citizens.js';
import { ageOn } from '../../domain/age.js';
import { formatCpr, maskCpr } from '../../domain/cpr.js';
import { rolesAllow } from '../../domain/roles.js';
import type { CitizenAccess } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import type { CprProtection } from '../../platform/crypto/cpr-protection.js';
import { findCitizenRow, hasTransitionPlan, presentTeam, teamOf, type CitizenRow } from './citizen-repository.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';

/** How much of the CPR number the actor may see: full for a case officer on the team, masked for the rest of the team and the citizen. */
export type CprView = 'full' | 'masked' | 'none';

export function cprViewFor(ctx: Ctx, access: Pick<CitizenAccess, 'relation'>): CprView {
  if (access.relation === 'team') return rolesAllow(ctx.actor.roles, 'citizen.read-cpr') ? 'full' : 'masked';
  return access.relation === 'self' ? 'masked' : 'none';
}

export function showCpr(cpr: CprProtection, tenantId: string, encrypted: string | null, view: CprView): string | null | undefined {
  if (view === 'none') return undefined;
  if (encrypted === null) return null;
  const digits = cpr.decrypt(tenantId, encrypted);
  return view === 'full' ? formatCpr(digits) : maskCpr(digits);
}

/** The masked number, for lists: the birth date part only. */
export function maskedCprOf(cpr: CprProtection, tenantId: string, encrypted: string | null): string | null {
  return encrypted === null ? null : maskCpr(cpr.decrypt(tenantId, encrypted));
}

export async function loadCitizenRecord(ctx: Ctx, cpr: CprProtection, access: Pick<CitizenAccess, 'relation'>, citizenId: string, row?: CitizenRow): Promise<CitizenRecord> {
  const citizen = row ?? (await findCitizenRow(ctx.trx, ctx.tenantId, citizenId))!;
  const team = await teamOf(ctx.trx, ctx.tenantId, citizenId);
  const units = new Map<string, string>();
  for (const member of team) if (member.org_unit_id && member.unit_name) units.set(member.org_unit_id, member.unit_name);
  const contact = citizen.contact_person_user_id ? team.find((m) => m.user_id === citizen.contact_person_user_id) : undefined;
  const view = cprViewFor(ctx, access);
  const shownCpr = showCpr(cpr, ctx.tenantId, citizen.cpr_encrypted, view);
  return {
    id: citizen.citizen_id,
    firstName: citizen.first_name,
    lastName: citizen.last_name,
    birthDate: citizen.birth_date,
    age: ageOn(citizen.birth_date, copenhagenToday(ctx.now)),
    ...(shownCpr !== undefined && { cpr: shownCpr }),
    addressLine: citizen.address_line,
    postalCode: citizen.postal_code,
    city: citizen.city,
    phone: citizen.phone,
    email: citizen.email,
    preferredLanguage: citizen.preferred_language,
    communicationNeeds: citizen.communication_needs,
    interpreterLanguage: citizen.interpreter_language,
    contactPerson: contact ? { userId: contact.user_id, name: contact.display_name } : null,
    team: presentTeam(team),
    units: [...units].map(([id, name]) => ({ id, name })),
    // Target groups are for statistics and eligibility: staff only, never on the citizen's own pages.
    ...(access.relation === 'team' && { targetGroups: citizen.target_groups }),
    hasTransitionPlan: await hasTransitionPlan(ctx.trx, ctx.tenantId, citizenId),
    version: citizen.version,
  };
}
