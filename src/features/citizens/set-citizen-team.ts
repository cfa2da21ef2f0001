import type { SetTeamBody } from '../../contracts/citizens.js';
import { AccessDenied } from '../../platform/access/authorize.js';
import { authorizeCitizen, citizenAccessFor } from '../../platform/access/citizen-access.js';
import type { Ctx } from '../../platform/context.js';
import { citizenMessage, fieldError } from './citizen-messages.js';
import { activeStaff, lockCitizen, presentTeam, teamOf } from './citizen-repository.js';

/**
 * Replaces the citizen's team: a case officer on the team. Staff access to the plan follows the team, so this is
 * the place where access is given and taken away; the audit entry lists who joined and who left.
 */
export async function setCitizenTeam(ctx: Ctx, citizenId: string, input: SetTeamBody) {
  const purpose = 'case-work';
  const before = await citizenAccessFor(ctx, citizenId);
  if (before?.relation === 'team') {
    const mine = (await teamOf(ctx.trx, ctx.tenantId, citizenId)).find((m) => m.user_id === ctx.actor.userId);
    if (mine?.team_role !== 'case-officer') {
      // A team member who is not the case officer knows the citizen: refuse openly, and put the refusal on record.
      throw Object.assign(
        new AccessDenied('forbidden', { action: 'citizen.update', resourceType: 'citizen-team', resourceId: citizenId, citizenId, purpose, outcome: 'denied', details: { reason: 'not-case-officer-on-team' } }),
        { fieldProblems: [{ path: 'members', message: citizenMessage(ctx.language, 'team.case_officer_only') }] },
      );
    }
  }
  await authorizeCitizen(ctx, { citizenId, action: 'citizen.update', purpose, resourceType: 'citizen-team', details: { operation: 'set-team' } });
  const ids = input.members.map((m) => m.userId);
  if (new Set(ids).size !== ids.length) throw fieldError('validation_failed', ctx.language, 'members', 'team.duplicate');
  if (!input.members.some((m) => m.teamRole === 'case-officer')) throw fieldError('validation_failed', ctx.language, 'members', 'team.needs_case_officer');
  const staff = await activeStaff(ctx.trx, ctx.tenantId, ids);
  const unknown = input.members.findIndex((m) => !staff.has(m.userId));
  if (unknown >= 0) throw fieldError('validation_failed', ctx.language, `members.${unknown}.userId`, 'team.unknown_staff');

  await lockCitizen(ctx.trx, ctx.tenantId, citizenId);
  const current = await teamOf(ctx.trx, ctx.tenantId, citizenId);
  await ctx.trx.deleteFrom('citizen_team_member').where('tenant_id', '=', ctx.tenantId).where('citizen_id', '=', citizenId).execute();
  // Members who stay keep the date they joined.
  const addedAt = new Map(current.map((m) => [m.user_id, m.added_at]));
  await ctx.trx
    .insertInto('citizen_team_member')
    .values(input.members.map((m) => ({ tenant_id: ctx.tenantId, citizen_id: citizenId, user_id: m.userId, team_role: m.teamRole, added_at: addedAt.get(m.userId) ?? ctx.now })))
    .execute();
  // A contact person who left the team is no longer the contact person.
  await ctx.trx
    .updateTable('citizen')
    .set({ contact_person_user_id: null })
    .where('tenant_id', '=', ctx.tenantId)
    .where('citizen_id', '=', citizenId)
    .where('contact_person_user_id', 'not in', ids)
    .execute();
  return { items: presentTeam(await teamOf(ctx.trx, ctx.tenantId, citizenId)) };
}
